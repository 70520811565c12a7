"""warlog: war reporting in, a sourced, geolocated event log out."""

__version__ = "0.1.0"
