"""Everyday set 9: 150 citizen problem reports for measuring Open311 service ranking.

Written and labelled blind by a helper on 2026-11-27, before any ranking was run, without reading
the ranking code (nlp/), the tests, the category benchmark or any of the other everyday sets. Only
the Bloomington and Washington DC catalogs (code, name, description, group) were consulted.

The messages imitate what residents of a typical US city send through SMS, the app, email and
social media: mostly one or two sentences, plain wording, about a fifth with typos, some with an
address or cross streets. Problem kinds follow a realistic mix (street surface, property code,
street lights, trash and recycling, dumping, graffiti, abandoned vehicles, weeds, sidewalks, trees,
signals, signs and markings, drainage, sewer and water, animals, parking, snow and ice, other).

Labelling rules:
- each row is (message, bloomington_codes, dc_codes_or_None);
- the codes are every service a reasonable dispatcher would accept, best first; a single code when
  one service clearly fits;
- catch-all services (Bloomington "Other" and "City Performance", DC "311 Online Reported Issues")
  are never used as labels;
- an empty Bloomington tuple means no Bloomington service fits; None means DC has no suitable
  service (DC's catalog has no storm drainage, water/sewer, animal control or housing services).

That blind run gave Bloomington 0.872 / 0.966 and DC 0.833 / 0.929 (top-1 / top-3, zero-shot). Held
out: its errors have NOT been read; keep it that way, so that it stays a check of how relay311 does on
messages nobody tuned it for.
"""

EVERYDAY_SET_9: tuple[tuple[str, tuple[str, ...], tuple[str, ...] | None], ...] = (
    # --- street surface (20) ---
    (
        "Huge pothole on E 10th St right in front of the laundromat, almost blew my tire",
        ("25",),
        ("S0301", "S0406"),
    ),
    ("pothole at 4th and grant getting deeper every day", ("25",), ("S0301", "S0406")),
    (
        "The road on Maple Ave is crumbling near the railroad tracks, big chunks of asphalt are loose.",
        ("25",),
        ("S0406", "S0301"),
    ),
    (
        "@CityHall the potholes on Rogers St are ridiculous, fix them before somebody wrecks",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "Sinkhole forming in the middle of Oak Ln by the stop sign. about 2 ft across and growing",
        ("25",),
        ("S0406", "S0301"),
    ),
    (
        "Hello, I would like to report a series of deep ruts and potholes along the 1200 block of "
        "South Walnut Street. Cars are swerving into the other lane to avoid them. Thank you.",
        ("25",),
        ("S0301", "S0406"),
    ),
    ("potholes in the alley behind 312 N Lincoln, cant even drive thru", ("25",), ("S0016",)),
    (
        "Utility crew dug up Hawthorne Dr last month and the patch they left has sunk into a big dip",
        ("25", "91", "60"),
        ("S0466", "S0406"),
    ),
    (
        "Manhole cover on 2nd street is sunk about 3 inches and every car bangs into it",
        ("25", "57", "14"),
        ("S0406", "S0466"),
    ),
    (
        "lots of gravel and sand washed onto the road at the bottom of the hill on Clifton, bikes sliding",
        ("26",),
        ("S0391", "SO392"),
    ),
    (
        "Broken glass all over the street at Kirkwood and Dunn after a wreck last night",
        ("26",),
        ("S0391", "SO392"),
    ),
    ("pot hole on Smith Rd by the school bus stop plz fill", ("25",), ("S0301", "S0406")),
    (
        "Road buckled near the bridge on Country Club Dr, the pavement heaved up about 6 inches",
        ("25",),
        ("S0406", "S0301"),
    ),
    (
        "The pavement on Bryan St is nothing but cracks and holes, it really needs to be resurfaced",
        ("25",),
        ("S0406", "S0301"),
    ),
    (
        "Theres a pothole in the bike lane on 7th st thats gonna put someone over their handlebars",
        ("25", "66"),
        ("S0301", "S0406", "S0021"),
    ),
    (
        "Large pothole eastbound Atwater just past Henderson. Hit it this morning and bent my rim.",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "The temporary patch on Elm keeps popping out, the pothole is back for the 3rd time",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "Gravel alley behind Maple Ct washed out in the rain, huge holes, needs grading",
        ("25",),
        ("S0016",),
    ),
    (
        "mud and dirt from the construction site all over Patterson Dr, the stret is a mess",
        ("26",),
        ("S0391", "SO392"),
    ),
    (
        "Deep pothole at the entrance to the public lot on 4th street, right where you turn in",
        ("25",),
        ("S0301", "S0406"),
    ),
    # --- property code, junk, overgrown yards (16) ---
    (
        "The house at 415 W Howe has junk piled all over the front yard, old mattresses, tires, "
        "furniture. Been like this for months.",
        ("5",),
        ("S0346",),
    ),
    (
        "neighbors yard is totally overgrown, grass up to my knees and bushes everywhere",
        ("2",),
        ("S0346", "S0166"),
    ),
    (
        "Vacant house on Cottage Grove, windows busted out and the roof is caving in. kids go in there",
        ("10",),
        None,
    ),
    (
        "My landlord hasnt fixed the heat in 2 weeks and there is mold all over the bathroom",
        ("1",),
        None,
    ),
    (
        "Rental next door has trash bags piling up on the porch for weeks, smells awful",
        ("5", "1"),
        ("S0346",),
    ),
    (
        "Overgrown empty lot at the corner of 11th and Rogers, weeds 4 ft tall and trash everywhere",
        ("2", "5"),
        ("S0471",),
    ),
    (
        "Couch and an old fridge sitting in the front yard of 902 S Fairview for a month now",
        ("5",),
        ("S0346",),
    ),
    (
        "The yard at 1718 N Dunn looks like a jungle, nobody has mowed all summer. house might be empty",
        ("2",),
        ("S0346", "S0166"),
    ),
    (
        "Hello, the property behind ours has several junk cars with no plates sitting in the backyard "
        "and piles of scrap metal.",
        ("52", "5"),
        ("S0003", "S0346"),
    ),
    (
        "apartment complex on Henderson has broken stairs and the railing is falling off, "
        "somebody is going to get hurt",
        ("1", "10"),
        None,
    ),
    (
        "Abandoned house in the 600 block of W 8th, the porch collapsed and the back wall is leaning",
        ("10",),
        None,
    ),
    (
        "neigbor's hedges and vines are so overgrown they cover the whole sidewalk, "
        "have to walk in the street",
        ("2", "78"),
        ("S0346",),
    ),
    (
        "Trash and furniture all over the yard of the rental on Lincoln St, tenants moved out and "
        "left everything",
        ("5", "1"),
        ("S0346",),
    ),
    (
        "@BtownCity house on my street has a dumpster's worth of garbage in the yard. rats running around",
        ("5",),
        ("S0346", "S0311"),
    ),
    (
        "The old gas station on College Ave is fenced off but the lot is full of weeds, tires and litter",
        ("2", "5"),
        ("S0471",),
    ),
    (
        "Property owner on Jordan Ave never cuts his grass, its like 2 feet high again",
        ("2",),
        ("S0346", "S0166"),
    ),
    # --- street lights (11) ---
    ("Street light out in front of 1204 E Wylie St", ("69",), ("S05SL",)),
    ("streetlight flickering on and off all night at Walnut and 3rd", ("69",), ("S05SL",)),
    (
        "3 streetlights out on Hillside Dr between Henderson and Walnut, really dark for walking",
        ("69",),
        ("S05SL",),
    ),
    (
        "The light pole at the corner of Maple and 9th got knocked over in a crash and wires are showing",
        ("69",),
        ("S05SL",),
    ),
    (
        "can we get a street light on our block? its pitch black at night on S Ballantine Rd",
        ("93",),
        ("S05SL",),
    ),
    ("Street lamp stays on all day long on Atwater by the church", ("69",), ("S05SL",)),
    ("lite out on the pole by the bus stop on 10th st", ("69",), ("S05SL",)),
    (
        "Alley light behind the 400 block of E 4th is out, alley is really dark",
        ("69",),
        ("S05AL",),
    ),
    (
        "Good evening, the street light outside my house (pole #3341) has been out for about two weeks.",
        ("69",),
        ("S05SL",),
    ),
    (
        "Streetlight buzzing loud and cycling on and off at Kinser Pike and Gourley",
        ("69",),
        ("S05SL",),
    ),
    (
        "Please add lighting on the dark stretch of Moores Pike near the park entrance, it's dangerous",
        ("93",),
        ("S05SL",),
    ),
    # --- trash, recycling, bulk, yard waste (16) ---
    (
        "trash wasnt picked up on our street this week, Thursday pickup, 800 block of S Lincoln",
        ("5",),
        ("S0441",),
    ),
    ("Recycling got skipped again on Grant St. third time this month", ("36",), ("S0321",)),
    ("Yard waste bags sitting at the curb since Monday, they never came", ("35",), ("S0476",)),
    (
        "My trash cart is cracked and the lid broke off, I need a new one",
        ("5",),
        ("TRACO001", "S0451"),
    ),
    ("How do I get a recycling bin? just moved into 220 E 14th", ("36",), ("S0316",)),
    (
        "Need to schedule a pickup for an old couch and mattress please",
        ("5",),
        ("S0031",),
    ),
    (
        "The garbage truck spilled trash all over the street on Rogers and just drove off",
        ("5", "26"),
        ("S0391",),
    ),
    (
        "Leaf pickup hasnt come to our neighborhood yet and the piles are blowing into the street",
        ("35",),
        ("S0196",),
    ),
    ("recylcing bin was stolen, need a replacement", ("36",), ("S0316",)),
    (
        "The garbage collectors left our cans in the middle of the driveway and one got knocked over",
        ("5",),
        None,
    ),
    (
        "@cityofbtown no trash pickup on the west side today? whole street still has carts out",
        ("5",),
        ("S0441",),
    ),
    (
        "Bulk item pickup was scheduled for Tuesday and the old washer is still sitting at the curb",
        ("5",),
        ("S0031",),
    ),
    (
        "Missed yard waste pickup at 1400 N Grant St, brush bundles still at the curb",
        ("35",),
        ("S0476",),
    ),
    ("recycling truck skipped the whole alley behind jefferson st", ("36",), ("S0321",)),
    (
        "Trash can at the bus stop on Kirkwood is overflowing, garbarge blowing everywhere",
        ("5",),
        ("S0217",),
    ),
    (
        "Hi, our trash cart was never delivered after we signed up for service 3 weeks ago.",
        ("5",),
        ("S0451",),
    ),
    # --- illegal dumping (7) ---
    ("Someone dumped a pile of tires in the alley behind Washington St", ("5",), ("S0181",)),
    ("illegal dumping at the end of Ridge Rd, mattresses and bags of trash", ("5",), ("S0181",)),
    (
        "People keep dumping construction debris by the creek at Bryan Park",
        ("5", "33"),
        ("S0181",),
    ),
    (
        "Somebody dumped an old tv and a recliner on the curb of the empty lot on Hunter Ave",
        ("5",),
        ("S0181",),
    ),
    (
        "a truck just dumped a load of old shingles on the side of Old SR 37. got a pic",
        ("5",),
        ("S0181",),
    ),
    (
        "Bags of household garbage dumped along the road near the trailhead",
        ("5",),
        ("S0181",),
    ),
    (
        "drywall and paint cans dumped in our apt complex parking lot, not from any tenants",
        ("5",),
        ("S0181",),
    ),
    # --- graffiti (6) ---
    ("@cityofbtown graffiti all over the bridge underpass at Miller Dr", ("37",), ("GRAFF",)),
    ("someone tagged the whole side of the post office building on 4th st", ("37",), ("GRAFF",)),
    (
        "Spray paint all over the playground slide at Crestmont park",
        ("37", "33"),
        ("GRAFF",),
    ),
    ("Graffitti on the stop sign at 3rd and Jordan", ("37", "86"), ("GRAFF", "S0286")),
    (
        "Gang tags on our fence and garage door, can the city help get rid of it?",
        ("37",),
        ("GRAFF", "KIT"),
    ),
    (
        "The mural on the library wall got vandalized with black spray paint",
        ("99", "37"),
        ("GRAFF",),
    ),
    # --- abandoned vehicles (7) ---
    (
        "Abandoned car on Elm St, hasn't moved in 3 weeks and has flat tires",
        ("52",),
        ("S0000",),
    ),
    ("white van with no plates parked on our street for over a month", ("52",), ("S0000",)),
    (
        "There's a burned out car in the parking lot of the closed Kmart",
        ("52",),
        ("S0003",),
    ),
    (
        "junk car with expired tags sitting infront of 1010 W 11th for months, covered in leaves",
        ("52",),
        ("S0000",),
    ),
    (
        "Hello, a silver Honda Civic has been left on the 600 block of Park Ave since early October. "
        "The windows are smashed.",
        ("52",),
        ("S0000",),
    ),
    ("abandonded truck on the shoulder of Rhorer Rd", ("52",), ("S0000",)),
    (
        "Boat trailer left on the street for weeks near the corner of Hillside and Highland",
        ("52",),
        ("S0000", "S0261"),
    ),
    # --- weeds, tall grass (6) ---
    (
        "Grass in the median on 3rd St is knee high, you can't see oncoming traffic",
        ("2", "19"),
        ("S0166",),
    ),
    (
        "weeds growing out of the sidwalk cracks all along Walnut, so tall they hit your legs",
        ("2", "34"),
        ("S0166",),
    ),
    ("Tall weeds in the alley behind 7th st blocking the way", ("2",), ("S0166",)),
    (
        "The city lot at the corner of Grimes and Rogers hasn't been mowed, weeds taller than me",
        ("2",),
        ("S0166", "S0471"),
    ),
    (
        "weeds at the intersection of Sare and Rogers so high you cant see cars coming",
        ("19", "2"),
        ("S0166",),
    ),
    (
        "Grass along the walking path near the stadium needs mowing",
        ("47", "2"),
        ("S0166", "PARKRECR"),
    ),
    # --- sidewalks, curbs (8) ---
    (
        "Sidewalk heaved up by tree roots on S Henderson, I tripped and fell",
        ("34",),
        ("S0361",),
    ),
    ("Broken curb at the corner of 6th and Lincoln, big chunk missing", ("34",), ("S0081",)),
    (
        "Construction fence is blocking the whole sidewalk on Kirkwood with no detour, "
        "everyone has to walk in the street",
        ("78",),
        None,
    ),
    (
        "Big cracks and a missing slab of sidewalk in front of 320 N Washington",
        ("34",),
        ("S0361",),
    ),
    (
        "curb ramp at Atwater and Woodlawn crumbling, wheelchair cant get up it",
        ("34", "82"),
        ("S0361", "S0081"),
    ),
    (
        "Sidewalk is sinking and uneven, people keep tripping by the bus stop on 10th",
        ("34",),
        ("S0361",),
    ),
    (
        "Can we get a sidewalk on Sare Rd? people walk in the road to get to the store",
        ("76",),
        None,
    ),
    (
        "cars parked on the sidewalk on Dunn St every night, I have to walk in the road with my stroller",
        ("78",),
        ("S0261",),
    ),
    # --- trees (8) ---
    (
        "Big limb hanging over the street on 1st St, looks ready to fall",
        ("89",),
        ("PRUNING", "S0457"),
    ),
    (
        "Tree fell across the road on Ramble Rd after the storm, blocking both lanes",
        ("89", "17"),
        ("S0459",),
    ),
    (
        "Dead tree between the sidewalk and street in front of 711 S Park, worried it will come down",
        ("89",),
        ("S0459", "S0457"),
    ),
    (
        "tree branches blocking the stop sign at Hawthorne and Southdowns",
        ("19", "89"),
        ("PRUNING",),
    ),
    (
        "Could the city plant a tree in the empty strip in front of our house?",
        ("89",),
        ("S04TP",),
    ),
    (
        "low branches over the sidewalk on Washington st hitting people in the head",
        ("89",),
        ("PRUNING",),
    ),
    (
        "The city tree in front of my house is leaning badly toward the house after the wind",
        ("89",),
        ("S0457", "S0459"),
    ),
    (
        "stump left after the city cut down the tree on Roosevelt, its a trip hazard",
        ("89",),
        ("S0459",),
    ),
    # --- traffic signals (5) ---
    ("Traffic light at 3rd and College is stuck on red", ("70",), ("SIGTRAMA",)),
    (
        "signal out at Walnut and 17th, all lights dark, people treating it like a 4 way stop",
        ("70",),
        ("SIGTRAMA",),
    ),
    ("The left turn arrow at Kinser and 17th never turns green", ("70",), ("SIGTRAMA",)),
    (
        "walk signal button broken at Kirkwood and Indiana, doesnt do anything when you push it",
        ("70", "66"),
        ("SIGTRAMA",),
    ),
    (
        "Traffic light hanging sideways after the storm at 2nd and Patterson",
        ("70",),
        ("SIGTRAMA",),
    ),
    # --- signs, road markings (6) ---
    ("Stop sign knocked down at Maxwell and Sheridan", ("86",), ("SIGNMISS", "S0286")),
    (
        "Crosswalk lines on 10th by the elementary school are totally faded",
        ("61", "12"),
        ("MARKMAIN",),
    ),
    ("street name sign missing at Cottage Grove and Maple", ("86",), ("SIGNMISS", "S0286")),
    (
        "Speed limit sign is bent over and facing the wrong way on Moores Pike",
        ("86",),
        ("S0286",),
    ),
    (
        "the lane lines on Henderson are worn off, at night you cant tell where the lanes are",
        ("61", "12"),
        ("MARKMAIN",),
    ),
    (
        "Need a stop sign or yield sign at Hunter and Overhill, so many near misses",
        ("61", "86", "12"),
        ("S0376",),
    ),
    # --- drainage, flooding (6) ---
    (
        "Storm drain at the corner of Madison and 2nd is clogged with leaves, "
        "water backing up into the street",
        ("57", "74"),
        None,
    ),
    (
        "Every time it rains my front yard floods from the runoff coming off the road",
        ("74",),
        None,
    ),
    ("flooding at the Grimes Ln underpass again, a car got stuck", ("74", "57"), None),
    ("Storm drain grate missing on Kirkwood near Grant, big open hole", ("57",), None),
    (
        "Ditch along our road is filled in and the water pools in everyones driveways",
        ("74",),
        None,
    ),
    (
        "Standing water at the bottom of the hill on Sheridan never drains and turns to ice in winter",
        ("74",),
        None,
    ),
    # --- sewer, water (5) ---
    ("sewage smell coming up from the manhole on 5th st, really bad", ("14",), None),
    ("Water main break on Rogers St, water gushing up through the pavement", ("13",), None),
    ("our tap water is brown and smells wierd since yesterday", ("23",), None),
    (
        "Sewer backing up into my basement, I think the main line on our street is clogged",
        ("14",),
        None,
    ),
    ("Fire hydrant leaking water nonstop at Allen and Lincoln", ("13",), None),
    # --- animals (6) ---
    ("Dead deer on the side of the Bypass near the Kroger", ("32",), ("11",)),
    ("loose dog running in traffic on 3rd st, no collar", ("32",), None),
    ("Dead cat in the road in front of 505 E Allen", ("32",), ("11",)),
    ("Neighbor leaves his dog chained outside with no water in this heat", ("32",), None),
    (
        "Rats everywhere in the alley behind the restaurants on Kirkwood",
        ("90", "32"),
        ("S0311",),
    ),
    (
        "Raccoons living under the porch of the empty house next door, getting into everyone's trash",
        ("90",),
        None,
    ),
    # --- parking (5) ---
    ("Car parked blocking my driveway on 14th st for 2 hours", ("44",), ("S0261",)),
    ("Parking meter on Kirkwood ate my quarters and just says FAIL", ("44",), ("S0276",)),
    (
        "people park on the grass in the front yard of 1200 N Lincoln every weekend, yard is all mud",
        ("29",),
        None,
    ),
    (
        "Someone keeps parking in the handicap spot without a placard in the City Hall lot",
        ("73",),
        ("S0261",),
    ),
    (
        "Cars with no permits parking in our residential permit zone on Fess Ave all day",
        ("43", "44"),
        ("RPP", "S0261"),
    ),
    # --- snow, ice (5) ---
    ("Our street hasn't been plowed, Hillside Ct is a sheet of ice", ("27",), ("SRC01",)),
    ("Sidewalks on Kirkwood not shoveled, people slipping", ("15",), ("SRC01",)),
    (
        "plow pushed a huge pile of snow blocking the crosswalk at 4th and Walnut",
        ("27", "15"),
        ("SRC01",),
    ),
    ("Ice on the bridge on Tapp Rd, needs salt asap #snow #winter", ("27",), ("SRC01",)),
    (
        "Business on College never clears their sidewalk after it snows, its solid ice",
        ("15",),
        ("SRC01",),
    ),
    # --- other (7) ---
    ("swing broken at the playground in Bryan Park, chain snapped", ("33",), ("PARKRECR",)),
    (
        "Scooters dumped all over the sidewalk outside the library, can't get a wheelchair through",
        ("83", "85", "78"),
        None,
    ),
    ("Posters and flyers stapled to every utility pole on 3rd street", ("9",), ("S0185",)),
    (
        "Bathroom at the park shelter at Lower Cascades is locked and filthy",
        ("45",),
        ("PARKRECR",),
    ),
    (
        "Cars fly down our street at 50mph and kids play here, can we get speed bumps on Hawthorne Dr?",
        ("61", "12"),
        ("SPSTDAMA",),
    ),
    (
        "Tree roots and ruts on the B-Line trail near 2nd St, my bike wiped out",
        ("47",),
        None,
    ),
    (
        "Standing water in the old tire pile behind the garage next door is breeding mosquitoes like crazy",
        (),
        ("INSECTS",),
    ),
)
