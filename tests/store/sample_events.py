"""A hand-built event to store (independent of the extractor)."""

from warlog.model import Actor, Casualties, Claim, Document, Event, EventDate, Location, Range

TEXT = ("Russia's defence ministry said it shot down a Ukrainian missile over Taganrog on Friday. "
        "Local officials said 20 people were injured. Kyiv blamed Russian air defence.")


def make_event(document: Document, id: str = "ev_1", **changes) -> Event:
    text = document.text
    sentence = text.index("Local officials")
    fields = dict(
        id=id, document=document.id, type="Explosions/Remote violence",
        subtype="Shelling/artillery/missile attack", summary="Missile downed over Taganrog; 20 injured",
        date=EventDate(start="2023-07-28", end="2023-07-28", precision="day", text="on Friday",
                       span=(text.index("on Friday"), text.index("on Friday") + 9)),
        location=Location(name="Taganrog", geonameid=484907, lat=47.2362, lon=38.8969, country="RU",
                          admin1="Rostov Oblast", precision="city", text="Taganrog",
                          span=(text.index("Taganrog"), text.index("Taganrog") + 8)),
        initiator=Actor(name="Military Forces of Ukraine", side="UA", kind="military"),
        target=Actor(name="Civilians (Russia)", side="RU", kind="civilians"),
        weapons=["missile"],
        casualties=Casualties(injured=Range(min=20, max=20), span=(sentence, text.index(" Kyiv"))),
        claims=[
            Claim(claimant="Russian Defence Ministry", side="RU", kind="government", stance="asserts",
                  text=text[:sentence - 1], span=(0, sentence - 1), cue="said"),
            Claim(claimant="Kyiv", side="UA", kind="government", stance="disputes",
                  text=text[text.index("Kyiv"):], span=(text.index("Kyiv"), len(text)), cue="blamed"),
        ],
        status="contested", evidence=[(0, sentence - 1), (sentence, len(text))], confidence=0.8,
    )
    fields.update(changes)
    return Event(**fields)
