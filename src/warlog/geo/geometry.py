"""Great-circle geometry on GeoNames points: the one distance every stage and scorer uses, and the
point a stated distance and bearing give ("seven kilometers south-west of Tskhinvali")."""

from __future__ import annotations

import math

EARTH_RADIUS_KM = 6371.0088  # mean radius, as in the reference scorer (shared/tools/geo_score.py)


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_KM * math.asin(min(1.0, math.sqrt(a)))


def offset_point(lat: float, lon: float, km: float, bearing_deg: float) -> tuple[float, float]:
    """The point `km` away from (lat, lon) along a bearing (degrees clockwise from north)."""
    phi, lam, theta, delta = math.radians(lat), math.radians(lon), math.radians(bearing_deg), km / EARTH_RADIUS_KM
    phi2 = math.asin(math.sin(phi) * math.cos(delta) + math.cos(phi) * math.sin(delta) * math.cos(theta))
    lam2 = lam + math.atan2(math.sin(theta) * math.sin(delta) * math.cos(phi),
                            math.cos(delta) - math.sin(phi) * math.sin(phi2))
    return round(math.degrees(phi2), 5), round(math.degrees(lam2), 5)
