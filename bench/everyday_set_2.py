"""Second everyday labelled set for the Open311 service ranking (``EVERYDAY_SET_2``).

160 short free-text problem reports written in the style residents type into a city app's
free-text box or a text message: fragments, missing verbs, abbreviations (st, ave, rd, hwy,
w/, thru, bc, ppl, pls, asap), common misspellings, missing apostrophes and some ALL CAPS.
The mix of problem kinds roughly follows real 311 volume (street surface 20, property code
25, street lights 12, trash/recycling/yard waste/bulk 12, illegal dumping 8, graffiti 6,
abandoned vehicles 8, weeds/tall grass 8, sidewalks/curbs/gutters 12, trees 8, traffic
signals 6, signs 6, storm drains/flooding 6, sewer/water 6, animals 5, other 12).

Written and labelled blind by a helper on 2026-11-27, before any ranking was run, without
reading the ranking code (``nlp/``), its tests or benchmarks, or the other everyday set.

Each row is ``(message, bloomington_codes, dc_codes)``:

* ``bloomington_codes``: the Bloomington uReport service codes a reasonable dispatcher
  would accept, best first.  Several codes are listed when several are acceptable (e.g.
  property-maintenance complaints that fit more than one code-enforcement service).  An
  empty tuple means no Bloomington service fits.
* ``dc_codes``: the same for the Washington DC catalog, or ``None`` when DC has no
  suitable service (DC's catalog has no water, sewer, storm drain, building code or
  animal control services).
* Catch-all services (Other, general 311 feedback, City Performance) are never labels.

That blind run gave Bloomington 0.848 / 0.924 and DC 0.688 / 0.848 (top-1 / top-3, zero-shot). Its errors
were then read and fixed (stop 10), so figures on this set are no longer blind.
"""

EVERYDAY_SET_2: tuple[tuple[str, tuple[str, ...], tuple[str, ...] | None], ...] = (
    # --- street surface (20)
    (
        "Large potwhole in the right lane going east on 3rd st, been there 2 weeks",
        ("25",),
        ("S0301", "S0406"),
    ),
    ("crater on Walnut by the gas station blew my tire", ("25",), ("S0301", "S0406")),
    ("road caving in", ("25",), ("S0406", "S0301")),
    ("cracked asphalt on Maple ave", ("25",), ("S0406", "S0301")),
    ("BIG HOLE IN STREET", ("25",), ("S0301", "S0406")),
    ("dip in the road right after the railroad tracks, everybody bottoms out", ("25",), ("S0406", "S0301")),
    ("washboard road on the gravel part of Old Mill rd", ("25",), ("S0406",)),
    (
        "The patch they put in last spring is failing again. Chunks of asphalt all over the lane and "
        "cars are swerving into the other lane to avoid it. Please fix it right this time",
        ("25",),
        ("S0406", "S0301"),
    ),
    ("busted up street", ("25",), ("S0406", "S0301")),
    ("deep ruts in the lane by the bus stop on Hwy 45", ("25",), ("S0406", "S0301")),
    ("sinkhole forming at 5th and Grant, bigger after every rain", ("25", "57"), ("S0406", "S0301", "S0466")),
    ("pot holes in alley behind 1400 block of Elm cant even drive thru", ("25",), ("S0016",)),
    ("broken pavement", ("25",), ("S0406", "S0301")),
    ("several potholes on Kirkwood one is like a foot deep", ("25",), ("S0301",)),
    ("streat crumbling at the edge, asphalt falling into the ditch", ("25",), ("S0406",)),
    (
        "trench from the water line work last month has sunk about 3 inches",
        ("25", "91", "60"),
        ("S0466", "S0406"),
    ),
    (
        "manhole cover sunk below the road, loud bang every time a car hits it",
        ("25", "57", "14"),
        ("S0406", "S0466"),
    ),
    ("pavement buckled", ("25",), ("S0406",)),
    ("holes all over road", ("25",), ("S0301", "S0406")),
    ("speed hump broken apart w/ rebar sticking out", ("25",), ("S0406",)),
    # --- property code (25)
    ("junk piled in front yard", ("5",), ("S0346",)),
    ("trash all over the yard at 812 W 6th st, been like this for months", ("5",), ("S0346",)),
    ("house falling apart roof caved in", ("10",), None),
    ("abandonded house boarded up, kids going in and out", ("10",), None),
    (
        "The rental on Lincoln st has a front porch that is about to collapse. Boards are rotted thru and "
        "the railing fell off last week. There are little kids living there. Please send someone asap",
        ("10", "1"),
        None,
    ),
    ("3 cars on blocks in the back yard none of them run", ("52", "29"), ("S0003",)),
    ("landlord wont fix the heat, its been 2 weeks and I have kids", ("1",), None),
    ("mold in bathroom and ceiling leaking, landlord ignoring us", ("1",), None),
    ("neighbor building an addition with no permit", (), None),
    ("siding hanging off house", ("10",), None),
    ("vacant property junk and tall grass rats seen", ("5", "2", "90"), ("S0471", "S0311", "S0346")),
    ("im a tenant, no smoke detectors in the unit and back door doesnt lock", ("1", "8"), None),
    ("garbege bags piled on the porch for weeks, smells and flies", ("5",), ("S0346",)),
    ("RENTAL HOUSE HAS NO WATER AND LANDLORD WONT ANSWER", ("1",), None),
    ("old fridge in side yard", ("5",), ("S0346",)),
    ("chimney leaning bad looks like it could fall on the sidewalk", ("10",), None),
    ("dilapidated garage on the alley, half the roof gone and walls leaning", ("10",), None),
    ("car parked on front lawn every day yard is all mud now", ("29",), None),
    ("cars parked in the grass at the apartments on 10th", ("29",), None),
    ("hoarder house stuff piled to the windows, fire hazard", ("8", "5"), None),
    (
        "Broken windows and door kicked in at vacant house on Oak, squatters staying there at night",
        ("10",),
        None,
    ),
    ("yard full of scrap metal", ("5",), ("S0346",)),
    ("roof tarp been up 2 yrs, gutters hanging off, paint peeling everywhere", ("10",), None),
    ("apartment dumpster overflowing every week, trash blowing into street", ("5",), ("S0346",)),
    ("bed bugs and roaches in my apt, property mgmt wont treat", ("1",), ("INSECTS",)),
    # --- street lights (12)
    ("light out", ("69",), ("S05SL",)),
    ("street light out in front of 415 S Dunn", ("69",), ("S05SL",)),
    ("STREETLIGHT FLICKERING ON AND OFF ALL NIGHT", ("69",), ("S05SL",)),
    ("lamp post knocked over by a car, wires showing", ("69",), ("S05SL",)),
    ("3 lights out in a row on Atwater ave, super dark walking home from work", ("69",), ("S05SL",)),
    ("streetlight stays on all day", ("69",), ("S05SL",)),
    ("pls put a street light at the end of our cul de sac its pitch black", ("93",), ("S05SL",)),
    ("alley light out behind our building", ("69",), ("S05AL",)),
    ("lite pole leaning bad", ("69",), ("S05SL",)),
    ("street lamp cycling and buzzing", ("69",), ("S05SL",)),
    ("dark corner by park entrance on Rogers, none of the lights work", ("69", "33"), ("S05SL",)),
    ("street light real dim", ("69",), ("S05SL",)),
    # --- trash / recycling / yard waste / bulk (12)
    ("trash not picked up", ("5",), ("S0441",)),
    ("recycling missed again this week on Hawthorne dr", ("36",), ("S0321",)),
    ("yard waste not picked up", ("35",), ("S0476",)),
    ("garbage truck skipped our whole street", ("5",), ("S0441",)),
    ("missed pickup", ("5", "36", "35"), ("S0441", "S0321", "S0476")),
    ("bulk pickup was scheduled tuesday, couch still sitting here", ("5",), ("S0031",)),
    ("recycle bin cracked and lid broke off, need new one", ("36",), ("RECCONRE", "S0316")),
    ("trash cart never delivered, moved in 3 wks ago", ("5",), ("S0451", "S0422")),
    ("leaves not collected, piles in the street for a month", ("35",), ("S0196",)),
    ("truck spilled half our garbege on the street and drove off", ("5",), ("S0441", "S0391")),
    ("brush pile not taken", ("35",), ("S0476",)),
    ("RECYCLING NOT PICKED UP 2 WEEKS IN A ROW", ("36",), ("S0321",)),
    # --- illegal dumping (8)
    ("dumped mattress in alley behind 1200 block N Lincoln", ("5",), ("S0181", "S0011")),
    ("someone dumping tires by the creek off Fairview", ("5",), ("S0181",)),
    ("ppl keep dumping trash at dead end of Smith rd", ("5",), ("S0181",)),
    ("construction debris dumped on empty lot", ("5",), ("S0181", "S0471")),
    ("bags and a tv on corner", ("5",), ("S0181",)),
    ("illegal dumping", ("5",), ("S0181",)),
    (
        "somebody left a couch and dresser on curb in front of vacant apt, not from anyone here",
        ("5",),
        ("S0181",),
    ),
    ("bags of trash thrown in the woods at end of our road, getting worse every week", ("5",), ("S0181",)),
    # --- graffiti (6)
    ("graffiti on bridge", ("37",), ("GRAFF",)),
    ("someone spray painted gang stuff on side of garage on 7th st", ("37",), ("GRAFF",)),
    ("tagging all over the bus shelter", ("37",), ("GRAFF",)),
    ("GRAFITTI ON STOP SIGN", ("37", "86"), ("GRAFF", "S0286")),
    ("spraypaint on the sculpture downtown by the library", ("99", "37"), ("GRAFF",)),
    ("vandals wrote curse words on the playground slide", ("37", "33"), ("GRAFF", "PARKRECR")),
    # --- abandoned vehicles (8)
    ("car with flat tires and expired tag hasnt moved in a month", ("52",), ("S0000",)),
    ("abandonded van in front of my house 3 weeks", ("52",), ("S0000",)),
    ("junk car on street no plates", ("52",), ("S0000",)),
    ("boat trailer left on street forever", ("52",), ("S0000",)),
    (
        "Silver honda on our block covered in leaves. Windows smashed out and a tire is gone. "
        "Its been sitting there since august and nobody knows whose it is",
        ("52",),
        ("S0000",),
    ),
    ("ABANDONED VEHICLE", ("52",), ("S0000", "S0003")),
    ("car parked on our block for weeks w/ out of state plates", ("52",), ("S0000", "S0336")),
    ("stripped car in church lot", ("52",), ("S0003",)),
    # --- weeds / tall grass (8)
    ("needs mowed", ("2",), ("S0346", "S0471", "S0166")),
    ("Tall grass and weeds at vacant property, up to my waist", ("2",), ("S0471", "S0346")),
    ("yard not mowed all summer", ("2",), ("S0346",)),
    ("weeds growing over the sidewalk cant walk thru", ("2", "78"), ("S0166",)),
    ("OVERGROWN LOT NEXT TO MY HOUSE, SNAKES", ("2",), ("S0471",)),
    ("grass in the median hasnt been cut, cant see oncoming cars", ("19", "2"), ("S0166",)),
    ("brush and vines taking over the fence line at empty house", ("2",), ("S0471", "S0346")),
    ("weeds 3 ft tall at foreclosed home on Elm", ("2",), ("S0471", "S0346")),
    # --- sidewalks / curbs / gutters (12)
    ("sidewak cracked and lifted, tripped on it", ("34",), ("S0361",)),
    ("curb broken at 4th and Washington", ("34",), ("S0081",)),
    ("sidewalk heaved up by tree roots, like a 3 inch lip", ("34", "89"), ("S0361",)),
    ("chunk of sidewalk missing", ("34",), ("S0361",)),
    ("curb ramp crumbling, wheelchair cant get up it", ("34", "82"), ("S0081", "S0361")),
    ("gutter along curb collapsed, water pools there", ("34", "74"), ("S0081",)),
    ("uneven sidewalk", ("34",), ("S0361",)),
    ("construction sign blocking the whole sidewalk for a week, nobody even working", ("78",), ("PVDNUSIT",)),
    ("need a sidewalk on Moores Pike, ppl walking in the road", ("76",), None),
    ("sidewalk slab sunk, water sits there and freezes", ("34",), ("S0361",)),
    ("curb knocked out by snowplow", ("34",), ("S0081",)),
    ("loose bricks all over the brick sidewalk, trip hazard", ("34",), ("S0361",)),
    # --- trees (8)
    ("tree limb hanging over road", ("89",), ("PRUNING", "S0457")),
    ("dead tree in the tree lawn leaning toward house", ("89",), ("S0459", "S0457")),
    ("TREE DOWN BLOCKING STREET", ("89", "17"), ("S0459", "S0457")),
    ("branches blocking the stop sign at Hillside and Henderson", ("89", "19", "86"), ("PRUNING",)),
    ("tress need trimmed, hitting trucks", ("89",), ("PRUNING",)),
    ("city tree has some kind of disease, bark falling off", ("89",), ("S0457",)),
    ("can we get a tree planted in front of our house, old one was cut down", ("89",), ("S04TP",)),
    ("big stump left in parkway after they took the tree", ("89",), ("S0459",)),
    # --- traffic signals (6)
    ("traffic light out at 10th and College, cars just going thru", ("70",), ("SIGTRAMA",)),
    ("signal stuck on red", ("70",), ("SIGTRAMA",)),
    (
        "left turn arrow never changes unless a car is in the lane, bikes cant trigger it",
        ("70", "66"),
        ("SIGTRAMA", "S0021"),
    ),
    ("walk button broken", ("70",), ("SIGTRAMA",)),
    ("STOPLIGHT FLASHING YELLOW ALL DIRECTIONS", ("70",), ("SIGTRAMA",)),
    ("light timing terrible on 3rd st, backs up for blocks", ("70", "61"), ("SIGTRAMA",)),
    # --- signs (6)
    ("STREET SIGN KNOCKED DOWN", ("86",), ("S0286", "SIGNMISS")),
    ("stop sign missing at Elm and 8th", ("86",), ("SIGNMISS", "S0286")),
    ("faded speed limit sign", ("86",), ("S0286",)),
    ("yield sign bent over", ("86",), ("S0286",)),
    ("street name sign turned the wrong way", ("86",), ("S0286",)),
    ("need a children at play sign on our street, lots of kids", ("86", "61"), ("S0376",)),
    # --- storm drains / flooding (6)
    ("storm drain clogged w/ leaves, street floods every time it rains", ("57", "74"), None),
    ("water standing in the road at the low spot, never drains", ("74", "57"), None),
    ("contractor washing paint into storm drain on 2nd st", ("88",), None),
    ("grate missing on storm sewer, big open hole", ("57",), None),
    (
        "Runoff from the new development up the hill floods my backyard every storm. "
        "It never did this before they built. Now my shed is sitting in mud",
        ("74",),
        None,
    ),
    ("ditch overflowing", ("74", "57"), None),
    # --- sewer / water (6)
    ("water coming up through the street at the corner", ("13",), None),
    ("sewer backing up into basement", ("14",), None),
    ("sewage smell by the manhole on Allen st", ("14",), None),
    ("tap water brown and smells weird", ("23",), None),
    ("low water pressure whole street since yesterday", ("13",), None),
    ("water bill is double what it normally is", ("21",), None),
    # --- animals (5)
    ("dead deer on side of road", ("32",), ("11",)),
    ("stray dog loose in neighborhood, aggressive", ("32",), None),
    ("dead cat in road", ("32",), ("11",)),
    ("raccoons living under porch of empty house", ("90",), None),
    ("rats everywhere in alley bc of the restaurant dumpsters", ("90", "5"), ("S0311",)),
    # --- noise / parking / snow / bike / other (12)
    ("loud music every night till 3am", (), None),
    ("neighbors floodlight shines right in my bedroom window all night", ("94",), None),
    ("road not plowed", ("27",), ("SRC01",)),
    ("sidewalk in front of bank never shoveled, solid ice", ("15",), ("SRC01",)),
    ("car parked in bike lane every morning on Henderson", ("66",), ("S0261", "S0021")),
    ("scooters dumped all over the sidewalk by campus", ("83", "85", "78"), None),
    ("people blocking my driveway", ("44",), ("S0261",)),
    ("parking meter ate my quarters, screen blank", ("44",), ("S0276",)),
    ("cars speeding thru neighborhood need speed bumps", ("12", "61"), ("SPSTDAMA",)),
    ("crosswalk paint totally worn off at Kirkwood and Dunn", ("61", "12"), ("MARKMAIN",)),
    ("sand and gravel all over the road after the storm, bikes sliding", ("26",), ("S0391", "SO392")),
    ("ppl smoking right outside the entrance of the bus station", ("81",), None),
)
