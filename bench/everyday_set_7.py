"""Everyday citizen reports, set 7: 150 terse, real-app-style 311 problem descriptions with labels.

What it is: messages of the kind residents type into SeeClickFix / 311 apps in a US city (fragments,
typos, ALL CAPS, rambling, described by cause or effect rather than by the problem's usual name), each
labelled with the Open311 services of Bloomington, IN and Washington, DC a dispatcher would accept.

Provenance: written and labelled blind by a helper on 2026-11-27 before any ranking was run, without
reading the ranking code (nlp/), the tests, the other benchmarks or the other everyday sets. Only the
two catalogs (code, name, description, group) were consulted.

Labelling rules:
- Each row is (message, bloomington_codes, dc_codes_or_None).
- Codes are listed best first; several are listed when a reasonable dispatcher would accept any of them.
- Bloomington: empty tuple when no service fits. DC: None when DC has no suitable service.
- Catch-all services (Other, City Performance, 311 Online Reported Issues) are never used as labels.
- Private-property code issues (housing, overgrown occupied yards) get None for DC, which has no such
  service; DC's Grass & Weeds Mowing is only for bridges and highways, Vacant Lot only for empty lots.
- Water, sewer and storm-drain problems get None for DC (DC Water is not in the catalog).

That blind run gave Bloomington 0.846 / 0.953 and DC 0.770 / 0.912
(top-1 / top-3, zero-shot). Held out: its errors have NOT been read; keep it that way, so that it
stays a check of how relay311 does on messages nobody tuned it for.
"""

EVERYDAY_SET_7: tuple[tuple[str, tuple[str, ...], tuple[str, ...] | None], ...] = (
    # --- street surface (14)
    ("huge pot hole eastbound lane right after the light, already blew a tire", ("25",), ("S0301", "S0406")),
    (
        "road is crumbing away along the edge near the bus stop, big chunks of asphalt gone",
        ("25",),
        ("S0406", "S0301"),
    ),
    (
        "cars bottoming out where the manhole lid sits way below the road, right in front of the elementary",
        ("25", "57", "14"),
        ("S0406", "S0301", "S0466"),
    ),
    ("DEEP HOLE IN ROAD AT 4TH AND WALNUT SOMEONE IS GOING TO GET HURT", ("25",), ("S0301", "S0406")),
    (
        "the patch they did last month allready sank, now theres a trench across the whole lane",
        ("25",),
        ("S0406", "S0301"),
    ),
    ("asphalt heaved up like a speed bump where the tree roots run under the street", ("25",), ("S0406",)),
    (
        "alley behind the 1200 block is nothing but ruts and holes, cant get the car out without scraping",
        ("25",),
        ("S0016",),
    ),
    (
        "brick street has a bunch of loose/mising bricks, clunk clunk every time a car goes over",
        ("25",),
        ("S0406",),
    ),
    (
        "sinkhole opening up by the curb on Maple, about 2 ft across and bigger after evry rain",
        ("25", "57", "74"),
        ("S0406", "S0301"),
    ),
    ("POTHOLES ALL UP AND DOWN THE PARKING LANE, WINTER WRECKED THIS STREET", ("25",), ("S0301", "S0406")),
    (
        "steel plate they left in the road from the water job bangs and slides every time a truck hits it",
        ("91", "60", "25"),
        ("S0466", "S0406"),
    ),
    ("road cracked and buckling across both lanes at the bridge approach", ("25",), ("S0406",)),
    (
        "utility cut on our block never got repaved, just loose gravel and a 3 inch lip",
        ("91", "60", "25"),
        ("S0466", "S0406"),
    ),
    (
        "theres a hole that keeps coming back in front of my driveway, they fill it and 2 weeks "
        "later its back",
        ("25",),
        ("S0301", "S0406"),
    ),
    # --- property code / housing (7)
    (
        "yard next door hasnt been mowed since may, grass up to my waist, and the above ground pool is "
        "pea soup green with mosquitos breeding in it",
        ("2",),
        None,
    ),
    (
        "house across the street has junk piled in the front yard - old tires, a washer, busted grill - "
        "been like this for months",
        ("5",),
        ("S0346",),
    ),
    ("landlord hasnt fixed the furnace since ocotber, its 55 inside and we have a baby", ("1",), None),
    (
        "abandoned house on the corner, back wall bowing out and the porch roof caving in, kids go in there",
        ("10",),
        None,
    ),
    (
        "rental next door: windows broken out, gutters hanging off, mold coming thru the siding",
        ("1", "10"),
        None,
    ),
    ("vacant house roof has a big hole since the tarp blew off, rain pouring right in", ("10",), None),
    (
        "garage behind 812 leaning hard toward the alley, looks like it will fall on somebodys car",
        ("10",),
        None,
    ),
    # --- street lights (9)
    ("light on the pole outside goes on, off, on, off all night long", ("69",), ("S05SL",)),
    ("street light out in front of 415 for 2 weeks, really dark walking the dog", ("69",), ("S05SL",)),
    ("lights on the whole block burning all day in broad day light", ("69",), ("S05SL",)),
    ("three lamps in a row dark along the river walking path", ("47", "69", "33"), ("PARKRECR", "S05SL")),
    ("STREETLIGHT POLE HIT BY A CAR, LEANING OUT OVER THE SIDEWALK", ("69",), ("S05SL",)),
    ("alley behind our house is pitch black since the light back there died", ("69",), ("S05AL",)),
    ("lamp by the bus shelter buzzs, goes dim orange and then cuts out", ("69",), ("S05SL",)),
    (
        "Could we get a light at the dead end of Hawthorne Ct? No lighting at all and there have been car "
        "break-ins",
        ("93",),
        ("S05SL",),
    ),
    ("streetlite at the corner of 7th and Lincoln out again", ("69",), ("S05SL",)),
    # --- trash / recycling / bulk / yard waste (14)
    ("trash not picked up on our street today, every other block got done", ("5",), ("S0441",)),
    ("recycling truck skipped us AGAIN. third week in a row", ("36",), ("S0321",)),
    ("missed pick up - bins been sitting at the curb since tuesday", ("5", "36"), ("S0441", "S0321")),
    (
        "sofa and a stained mattress sitting at the curb going on two weeks",
        ("5",),
        ("S0031", "S0181", "S0391"),
    ),
    ("need a pick up for an old frige and a recliner", ("5",), ("S0031",)),
    ("lid on my garbage cart snapped off when the truck dumped it", ("5",), ("TRACO001", "S0423")),
    ("somebody stole our recyle bin, need a new one", ("36",), ("S0316",)),
    (
        "yard waste bags out since monday, they took the garbage but left the leaves",
        ("35",),
        ("S0476", "S0196"),
    ),
    (
        "raked our leaves to the curb like we're supposed to and they still havent been vacuumed, blowing "
        "back into everyones yards",
        ("35",),
        ("S0196",),
    ),
    (
        "brush pile from the storm, limbs cut to 4 ft and bundled, when will it get picked up",
        ("35",),
        ("S0476", "S0031"),
    ),
    ("the garbage guys threw our cart in the steet and it rolled into the road", ("5",), None),
    ("xmas tree on the curb since jan 3rd, when do trees get picked up", ("35",), ("S0476", "S0031")),
    (
        "trash all over the street after pickup, the truck spilled half of it and just drove off",
        ("5",),
        ("S0391",),
    ),
    (
        "tenants moved out and left a mountain of trash bags and furniture on the curb",
        ("5",),
        ("S0181", "S0031", "S0346"),
    ),
    # --- illegal dumping (6)
    ("someone dumped like 20 tires behind the gas staton on the gravel lot", ("5",), ("S0181",)),
    (
        "construction debris - drywall, shingles, paint buckets - dumped at the end of the dead end",
        ("5",),
        ("S0181",),
    ),
    ("ILLEGAL DUMPING IN THE ALLEY AGAIN. MATTRESSES AND BAGS OF CLOTHES", ("5",), ("S0181",)),
    ("truck pulled up last night and unloaded a pile of old carpet down by the creek", ("5",), ("S0181",)),
    (
        "someone keeps stuffing bags of household garbage in the park trash can by the pavilion, its "
        "overflowing every day",
        ("5", "33"),
        ("S0346", "S0217", "PARKRECR"),
    ),
    ("guy pouring motor oil down the storm drain on Grant St, saw him do it", ("88",), None),
    # --- graffiti (6)
    ("fresh tagging on the underpass wall", ("37",), ("GRAFF",)),
    ("somebody spray painted the back of our garage over night, gang stuff", ("37",), ("GRAFF",)),
    ("grafitti on the stop sign and the utility box at 10th/College", ("37",), ("GRAFF",)),
    ("the mural by the library got sharpied all over", ("99", "37"), ("GRAFF",)),
    ("paint on the playground slide, bad words, little kids use this", ("37", "33"), ("GRAFF", "PARKRECR")),
    ("big black letters sprayed across the side of the empty storefront downtown", ("37",), ("GRAFF",)),
    # --- abandoned vehicles (6)
    (
        "silver sedan w/ flat tires parked on our street for a month, hasnt moved an inch",
        ("52",),
        ("S0000",),
    ),
    ("car with no plates sitting in the apartment lot for weeks, windows smashed", ("52",), ("S0003",)),
    ("ABANDONED VAN IN FRONT OF 220, EXPIRED TAGS, COVERED IN LEAVES", ("52",), ("S0000",)),
    ("boat trailor left sitting on the street since summer", ("52",), ("S0000",)),
    ("burnt out car in the alley", ("52",), ("S0000", "S0003")),
    ("junk pickup truck up on cinderblocks in the neighbors driveway forever", ("52",), ("S0003",)),
    # --- weeds / overgrowth (6)
    ("vacant lot next to the church, weeds taller than me and trash in it too", ("2",), ("S0471",)),
    (
        "weeds 3 ft high along the highway on ramp, cant see traffic when you merge",
        ("2", "19"),
        ("S0166",),
    ),
    ("overgrown yard at the foreclosed house, nobody has mowed all summer", ("2",), None),
    ("grass in the medain hasnt been cut in forever", ("2",), ("S0166",)),
    (
        "weeds and vines grown over the sidewalk so bad you have to walk in the street",
        ("2", "78", "34"),
        None,
    ),
    ("empty lot on Ash is a jungle, rats runing out of it", ("2",), ("S0471", "S0311")),
    # --- sidewalks / curbs (8)
    ("sidewalk slab lifted about 2 inches by tree roots, my mom tripped on it", ("34",), ("S0361",)),
    ("broken sidewalk in front of the post office, big chunks missing", ("34",), ("S0361",)),
    ("curb is busted and crumbeling at the corner, rebar sticking out", ("34",), ("S0081",)),
    (
        "no curb ramp at Oak and 2nd, people in wheelchairs have to go out into the street",
        ("34", "82"),
        ("S0361", "S0081"),
    ),
    ("sidewlak cracked and sinking, water sits in it and freezes", ("34",), ("S0361",)),
    (
        "we need a sidewalk on Rogers between the school and the apartments, kids are walking in the road",
        ("76",),
        None,
    ),
    (
        "construction company has the whole sidewalk fenced off with no detour, have to walk in traffic",
        ("78", "11"),
        None,
    ),
    (
        "gutter along the curb collapsed, theres a gap you could lose a tire in",
        ("34", "25", "57"),
        ("S0081",),
    ),
    # --- trees (8)
    (
        "big limb cracked and dangling over the street after the storm",
        ("89",),
        ("S0459", "PRUNING", "S0457"),
    ),
    ("tree down blocking half the road on Sunset", ("89", "17"), ("S0459", "S0457")),
    (
        "dead tree between the side walk and street, no leaves for 2 years, its going to come down",
        ("89",),
        ("S0459", "S0457"),
    ),
    ("branches hang so low over the sidewalk I have to duck, hit my head twice", ("89",), ("PRUNING",)),
    (
        "tree branches covering the stop sign, you cant see it til you're right on it",
        ("89", "19", "86"),
        ("PRUNING",),
    ),
    (
        "can the city put a tree in the empty tree box in front of my house? the old one was cut down",
        ("89",),
        ("S04TP",),
    ),
    (
        "ash tree on the parkway has bark falling off and little holes all over, maybe borers",
        ("89",),
        ("S0457", "S0459"),
    ),
    ("storm knocked a huge branch into the bike lane", ("89", "66"), ("S0457", "S0459")),
    # --- traffic signals (6)
    ("traffic light stuck on red for northbound, people just running it", ("70",), ("SIGTRAMA",)),
    ("signal at 3rd & Walnut flashing yelow all directions", ("70",), ("SIGTRAMA",)),
    ("walk button doesnt do anything, wait forever or jaywalk", ("70",), ("SIGTRAMA",)),
    ("LIGHT IS OUT COMPLETELY AT MAIN AND 5TH, NOBODY KNOWS WHO GOES", ("70",), ("SIGTRAMA",)),
    ("wind turned the signal head sideways, its facing the wrong street now", ("70",), ("SIGTRAMA",)),
    (
        "green is way too short for this much traffic, backs up past the school every morning",
        ("70", "61"),
        ("SIGTRAMA",),
    ),
    # --- signs / markings (8)
    ("stop sign flattened at Elm & 3rd, somebody ran it over", ("86",), ("S0286", "SIGNMISS")),
    (
        "street name sign gone from the corner pole, delivery drivers cant find us",
        ("86",),
        ("SIGNMISS", "S0286"),
    ),
    ("YIELD SIGN SPUN AROUND FACING THE WRONG WAY", ("86",), ("S0286",)),
    ("crosswalk paint so faded you cant see it at all", ("61", "12"), ("MARKMAIN",)),
    (
        "no lane lines on the new pavement, people driving all over the place at night",
        ("61", "12"),
        ("MARKMAIN", "MARKINST"),
    ),
    ("speed limt sign bent in half", ("86",), ("S0286",)),
    ("can we get a crosswalk painted by the library? everybody crosses there anyway", ("61",), ("MARKINST",)),
    (
        "temporary no parking sign from an event last year is still up on the post, please take it down",
        ("86",),
        ("S0287",),
    ),
    # --- drainage / flooding (7)
    ("drain at the corner packed with leaves, whole intersection floods every rain", ("57", "74"), None),
    ("water has been running down the gutter for days and it hasnt rained", ("13", "74"), None),
    (
        "water pools at the end of our driveway and freezes every night, street has no drain at all",
        ("74",),
        None,
    ),
    ("runoff from the new subdivision washing mud and gravel all over our road", ("74", "26"), ("S0391",)),
    ("grate missing off the drain on Pine, just an open hole at the curb", ("57",), None),
    (
        "backyard floods every time it rains because the ditch behind us is full of trash and silt",
        ("74", "57"),
        None,
    ),
    (
        "CULVERT UNDER THE ROAD IS COLLAPSED AND WATER GOES RIGHT OVER THE ROAD WHEN IT RAINS",
        ("57", "74", "25"),
        None,
    ),
    # --- sewer / water (6)
    ("sewer smell coming up out of the manhole on our street, really bad in this heat", ("14",), None),
    ("sewage backing up into our basment through the floor drain", ("14",), None),
    ("water gushing up out of the street at Kirkwood, looks like a main broke", ("13",), None),
    ("tap water came out brown/rusty since this morning", ("23", "13"), None),
    ("fire hydrent leaking a steady stream into the street", ("13",), None),
    ("my water bill doubled and there are no leaks in the house", ("21",), None),
    # --- animals (6)
    ("dead deer on the shoulder of the bypass", ("32",), ("11",)),
    ("dead cat in the road in the 1100 block", ("32",), ("11",)),
    ("loose pit bull runing around the neighbrhood chasing kids", ("32",), None),
    ("neighbor leaves their dog chained outside with no water, its 95 degrees", ("32",), None),
    (
        "raccoons living in the attic of the vacant house next door, they come into our yard every night",
        ("90",),
        None,
    ),
    ("rats all over the alley behind the resturants, running across at night", ("90",), ("S0311",)),
    # --- noise (3)
    (
        "so I have lived here 11 yrs and never had a problem until the new bar on the square opened, "
        "now every fri and sat they blast music until 3am with the doors open and I can hear the "
        "bass in my bedroom with the windows shut, I have called them, they dont care",
        (),
        None,
    ),
    ("food truck parks outside my window and runs its generator all night", ("87",), None),
    ("neighbors dog barks nonstop all day while they're at work", ("32",), None),
    # --- parking (6)
    ("cars parked on the front lawn of the rental every day, yard is all mud now", ("29",), None),
    ("parking meter eats coins and doesnt give any time", ("44",), ("S0276",)),
    ("truck parked across our driveway since 6am, cant get out for work", ("44",), ("S0261",)),
    (
        "someone without a placard parked in the handicap spot in front of the pharmacy again",
        ("73",),
        ("S0261",),
    ),
    (
        "out of state cars parked overnite on our permit-only block for weeks",
        ("43",),
        ("RPP", "S0336", "S0261"),
    ),
    ("elevator in the 4th st garage broken and the stairwell reeks of pee", ("92",), None),
    # --- snow / ice (5)
    (
        "3 days since the storm and our street hasnt seen a plow once, the main road is clear but we are "
        "snowed in, my neighbor is on dialysis and has to get out tomorrow morning, I called twice already "
        "and nobody came",
        ("27",),
        ("SRC01",),
    ),
    ("sidewalks downtown not shoveled in front of the empty storefronts, solid ice", ("15",), ("SRC01",)),
    ("plow pushed a wall of snow across the end of my driveway AND the crosswalk", ("27", "15"), ("SRC01",)),
    ("black ice on the hill by the hospital, 2 cars slid off this morning, needs salt", ("27",), ("SRC01",)),
    (
        "snow piled so high at the corner you cant see oncoming cars when you pull out",
        ("27", "19"),
        ("SRC01",),
    ),
    # --- bikes / scooters (5)
    ("bike lane full of broken glas and gravel on 7th", ("66", "26"), ("S0021", "SO392", "S0391")),
    (
        "every single morning there are delivery vans and people grabbing coffee parked right in the bike "
        "lane by the coffee shop on 6th, so I have to swerve out into traffic with cars doing 40, "
        "its a matter of time before someone gets killed",
        ("66",),
        ("S0021", "S0261"),
    ),
    ("bike rack bent and ripped out of the concrete in front of the library", ("66",), ("S0021",)),
    (
        "scooters dumped all across the sidewalk at the corner, a blind man tripped over one",
        ("83", "85", "78"),
        None,
    ),
    ("bike locked to the rack for months, rusted chain, flat tires, seat gone", ("66",), ("S0021",)),
    # --- parks (4)
    ("swing set chain broke at the park play ground", ("33",), ("PARKRECR",)),
    (
        "restrooms at the park shelter locked all day and the drinking fountain has no water",
        ("45", "33"),
        ("PARKRECR",),
    ),
    ("creek trail washed out, big gap in the gravel path", ("47",), ("PARKRECR",)),
    ("needles and broken glass in the sandbox at the park", ("33",), ("PARKRECR",)),
    # --- rare / misc (10)
    (
        "public trash can on the corner overflowing all weekend, garbage blowing down the street",
        ("5",),
        ("S0217",),
    ),
    (
        "street still covered in sand and gravel from winter, motorcycles sliding",
        ("26",),
        ("SO392", "S0391"),
    ),
    ("'we buy houses' and yard sale signs stapled to every pole on the main road", ("9",), ("S0185",)),
    ("people smoking right at the hosptial entrance under the no smoking sign", ("81",), None),
    ("neighbors new floodlight shines straight in our bedroom window all night", ("94",), None),
    (
        "guy next door stacks gas cans and a huge pile of pallets against the house and burns stuff "
        "in a barrel",
        ("8",),
        None,
    ),
    ("hedge at the corner is so tall you cant see cars coming when you pull out", ("19",), None),
    ("speeders fly down our residential street, 50+ mph, we need speed bumps", ("12", "61"), ("SPSTDAMA",)),
    (
        "almost got hit in the crosswalk, driver turning right never looked, this corner is bad",
        ("65", "12"),
        ("SPSTDAMA",),
    ),
    (
        "mosquitoes are insane by the retention pond, standing water all summer",
        ("74",),
        ("INSECTS",),
    ),
)
