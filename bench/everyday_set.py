"""Everyday citizen problem reports, labelled with Open311 service codes.

150 realistic messages of the kind US residents send by SMS, email, web chat or a social-media mention to
report a local problem: short texts, long emails, angry or polite, typos and texting spellings, ALL CAPS,
run-on sentences, questions, with or without an address. Problem kinds are covered roughly in proportion
to how often cities receive them (potholes, street lights, missed collections, dumping, graffiti,
abandoned vehicles, overgrowth, property code, sidewalks, trees, signals, signs, drainage, sewer, water,
animals, noise, parking, snow, bikes) plus a few rarer ones (rodents, mosquitoes, line of sight,
construction damage, parks, website).

Written and labelled blind by a helper session on 2026-11-27, before any ranking function was run and
without reading the ranking code, its lexicon, its tests or its benchmark; only the two catalogs' service
codes, names and descriptions were consulted. Messages are original, not copied from any project file.

Labelling rules: each row is (message, bloomington_codes, dc_codes). bloomington_codes are the Bloomington
(Indiana) uReport service codes a reasonable dispatcher would accept, best first; several are listed when
several are acceptable. An empty tuple means no Bloomington service fits (the row is then not scored for
Bloomington). dc_codes are the same for the Washington DC 2012 catalog, or None when that catalog has no
suitable service. Catch-all services ("Other", general feedback, City Performance) are never used as labels.
Labels were fixed before the single evaluation run and must not be changed after it.

That blind run gave Bloomington 0.811 / 0.919 and DC 0.737 / 0.873 (top-1 / top-3, zero-shot). Its errors
were then read and fixed (stop 10), so figures on this set are no longer blind.
"""

EVERYDAY_SET: tuple[tuple[str, tuple[str, ...], tuple[str, ...] | None], ...] = (
    (
        "pothole on 5th and walnut, pretty deep",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "Theres a HUGE pot hole in front of 1412 E Maple Ave that just blew out my front tire. This "
        "is the third time ive reported it!!!",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "who do i call about a pothole? its on the corner of Rogers and 2nd",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "hi, the road on Cottage Grove between Lincoln and Washington is crumbling really bad, big "
        "chunks of asphalt coming loose. needs to be repaved not patched",
        ("25",),
        ("S0406", "S0301"),
    ),
    (
        "POTHOLES ALL OVER HIGH STREET. FIX YOUR ROADS",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "Good morning. I would like to report what appears to be a sinkhole forming in the roadway "
        "near the entrance to the apartment complex at 2200 S Henderson. It has grown noticeably over"
        " the last week and drivers are swerving into the oncoming lane to avoid it.",
        ("25",),
        ("S0406", "S0301"),
    ),
    (
        "potholl on kirkwood by the bank, almost lost my bike wheel in it lol",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "the alley behind our house (between 7th & 8th off Dunn) has holes so deep my car bottoms out"
        " every time",
        ("25",),
        ("S0016", "S0301"),
    ),
    (
        "Pavement is buckled up on Allen St right past the railroad tracks, its basically a speed bump now",
        ("25",),
        ("S0406",),
    ),
    (
        "theres a manhole cover sticking up like 2 inches in the middle of the lane on Atwater, makes"
        " a loud BANG every time a car hits it",
        ("25", "57", "14"),
        ("S0406", "S0466"),
    ),
    (
        "pot hole pot hole pot hole. smith ave. u know the one",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "Hello, I am writing on behalf of the Weatherstone neighborhood association regarding the "
        "condition of Weatherstone Lane. Over the winter the surface developed numerous potholes and "
        "cracks, and the patching done last spring has already failed. Several residents have had "
        "damage to their vehicles (alignment, one bent rim). Could someone please come assess the "
        "street and schedule a proper repair? Thank you for your time.",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "Can someone fill the hole in the road at College and 10th, theres been an orange cone "
        "sitting in it for a month",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "road is breaking apart near the bridge on old state rd 37, big cracks and a dip that throws "
        "your car",
        ("25",),
        ("S0406", "S0301"),
    ),
    (
        "gravel and sand all over the road at the bottom of the hill on Hillside Dr since the storm, "
        "cars sliding on it",
        ("26",),
        ("S0391",),
    ),
    (
        "theres broken glass and pieces of a bumper all over the intersection at 3rd & Jordan from a "
        "wreck last night, nobody cleaned it up",
        ("26",),
        ("S0391",),
    ),
    (
        "pothole IN the bike lane on 7th st near the library, had to swerve into traffic",
        ("25", "66"),
        ("S0301", "S0021", "S0406"),
    ),
    (
        "stop fixing the same pothole with cold patch every month!! Tapp Rd at the curve by the park,"
        " its back AGAIN",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "light out on 5th st",
        ("69",),
        ("S05SL",),
    ),
    (
        "street lite out in front of 908 W Howe, been dark 2 wks",
        ("69",),
        ("S05SL",),
    ),
    (
        "The streetlight at the corner of Elm and Rhorer flickers on and off all night long",
        ("69",),
        ("S05SL",),
    ),
    (
        "its pitch black on our block at night, 3 of the street lights are out on Madison between 1st"
        " and 2nd and I have reported this before. somebody is going to get mugged or hit by a car "
        "walking home and then maybe someone will care",
        ("69",),
        ("S05SL",),
    ),
    (
        "STREETLIGHT ON ALL DAY LONG ON FAIRVIEW. WASTING OUR TAX MONEY",
        ("69",),
        ("S05SL",),
    ),
    (
        "light pole knocked over by a car at Walnut & Country Club, wires hanging out of the base",
        ("69", "12"),
        ("S05SL",),
    ),
    (
        "the light in the alley behind my garage is burned out, its on a wooden pole",
        ("69",),
        ("S05AL", "S05SL"),
    ),
    (
        "Could we get a street light installed at the end of our cul-de-sac on Brighton Ct? It is "
        "very dark and a lot of people walk their dogs there at night.",
        ("93",),
        ("S05SL",),
    ),
    (
        "the new LED street light next door shines straight into my bedroom window all night, can it "
        "be shielded or turned down?",
        ("94", "69"),
        ("S05SL",),
    ),
    (
        "who do I contact about a broken street lamp? glass globe is smashed and it doesnt come on",
        ("69",),
        ("S05SL",),
    ),
    (
        "@cityhall street light cycling on/off at 14th and Grant fyi",
        ("69",),
        ("S05SL",),
    ),
    (
        "trash wasnt picked up on our street today, Woodlawn Ave 1200 block",
        ("5",),
        ("S0441",),
    ),
    (
        "Garbage truck skipped my house AGAIN this week. Can was at the curb by 6am. 415 S Fess",
        ("5",),
        ("S0441",),
    ),
    (
        "recycling not collected thursday, whole street still has the blue bins out",
        ("36",),
        ("S0321",),
    ),
    (
        "Hi, our recycling cart was missed two weeks in a row. The address is 3301 E Longview. Please"
        " advise.",
        ("36",),
        ("S0321",),
    ),
    (
        "how do i get a couch and an old mattress picked up",
        ("5",),
        ("S0031",),
    ),
    (
        "i scheduled a bulk pickup for my old fridge last tuesday and nobody ever came",
        ("5",),
        ("S0031",),
    ),
    (
        "yard waste bags been sitting at the curb 2 weeks, never picked up",
        ("35",),
        ("S0476",),
    ),
    (
        "When will leaf pickup come to our neighborhood? The piles at the curb are blowing back into "
        "the street",
        ("35", "26"),
        ("S0196", "S0476"),
    ),
    (
        "the trash can on the corner by the bus stop at 4th and Lincoln is overflowing, garbage "
        "blowing everywhere",
        ("5",),
        ("S0217",),
    ),
    (
        "the truck cracked my trash cart lid when it dumped it and now raccoons get in. can u fix it "
        "or send a new one",
        ("5",),
        ("TRACO001", "S0423", "S0451"),
    ),
    (
        "my recycling bin was stolen, how do i get a new one?",
        ("36",),
        ("S0316",),
    ),
    (
        "garbage pickup missed, holiday week i guess? when are they coming, its starting to smell",
        ("5",),
        ("S0441",),
    ),
    (
        "Missed trash AND recycling on Oak Leaf Dr this morning. Everybodys bins are still out.",
        ("5", "36"),
        ("S0441", "S0321"),
    ),
    (
        "someone dumped a pile of tires behind the old gas station on West 3rd",
        ("5",),
        ("S0181",),
    ),
    (
        "People keep dumping mattresses and bags of garbage at the end of our dead end street "
        "(Maxwell Ln). It has been weeks. Please come clean it up and maybe put a camera up or "
        "something because this keeps happening",
        ("5",),
        ("S0181", "S0391"),
    ),
    (
        "ILLEGAL DUMPING in the alley off Grant st, construction debris, drywall, buckets etc",
        ("5",),
        ("S0181", "S0011"),
    ),
    (
        "a contractor just dumped a truckload of concrete chunks on the empty lot at Fairview and "
        "1st, i got the plate number",
        ("5",),
        ("S0181", "S0471"),
    ),
    (
        "there is a sofa and a tv sitting on the sidewalk in front of 622 n lincoln for over a week. "
        "not mine",
        ("5", "78"),
        ("S0181", "S0391"),
    ),
    (
        "bags of trash dumped along the road by the creek on Bottom Rd, looks like somebody cleaned "
        "out a whole house",
        ("5",),
        ("S0181",),
    ),
    (
        "Tenant got evicted and all their stuff is piled at the curb, been 5 days now",
        ("5",),
        ("S0146", "S0181"),
    ),
    (
        "graffiti on the bridge underpass on the B-Line trail",
        ("37", "47"),
        ("GRAFF",),
    ),
    (
        "Someone tagged the whole side of my garage overnight with spray paint. Does the city remove "
        "it or do I have to?",
        ("37",),
        ("GRAFF", "KIT"),
    ),
    (
        "grafitti on the stop sign at 2nd and Henderson",
        ("37", "86"),
        ("GRAFF", "S0286"),
    ),
    (
        "gang tags on the retaining wall along Kinser Pike, pretty offensive words too and kids walk "
        "by there to school",
        ("37",),
        ("GRAFF",),
    ),
    (
        "The sculpture in front of City Hall has been spray painted",
        ("99", "37"),
        ("GRAFF",),
    ),
    (
        "can i get free paint to cover up graffiti on my fence",
        ("37",),
        ("KIT", "GRAFF"),
    ),
    (
        "abandoned car on our street 3 weeks, flat tires, no plates. silver honda in front of 1710 S Olive",
        ("52",),
        ("S0000",),
    ),
    (
        "There has been a junked van sitting in the parking lot of the vacant store on College Mall "
        "Rd for months",
        ("52",),
        ("S0003",),
    ),
    (
        "car hasnt moved in a month, expired tags, leaves piling up all over it",
        ("52",),
        ("S0000", "S0003"),
    ),
    (
        "How do I report an abandoned vehicle? Its a burned out truck on the side of Arlington Rd",
        ("52",),
        ("S0000",),
    ),
    (
        "my neighbor has 4 junk cars up on blocks in his back yard",
        ("52", "5", "29"),
        ("S0003",),
    ),
    (
        "boat trailer been parked on the street since summer, never moves",
        ("52",),
        ("S0000", "S0261"),
    ),
    (
        "white pickup w/ smashed windows sitting on Park Ave 2 weeks, pretty sure its stolen and dumped",
        ("52",),
        ("S0000",),
    ),
    (
        "the grass at 1505 W 6th is like 3 feet tall, nobody lives there anymore",
        ("2",),
        None,
    ),
    (
        "tall grass and weeds on the vacant lot next to me, snakes and mice coming into my yard",
        ("2",),
        ("S0471",),
    ),
    (
        "Neighbor hasn't mowed all summer, weeds are taller than my fence",
        ("2",),
        None,
    ),
    (
        "overgrown yard at corner of Lincoln and Dodds, you can barely see the house",
        ("2",),
        None,
    ),
    (
        "weeds growing thru the sidewalk and curb all along Rockport Rd, looks terrible",
        ("2", "34"),
        ("S0166",),
    ),
    (
        "the median on 3rd St near the highway ramp hasnt been mowed, grass is knee high",
        ("2",),
        ("S0166",),
    ),
    (
        "empty lot at 8th & Elm is a jungle. overgrown and trash in it",
        ("2", "5"),
        ("S0471",),
    ),
    (
        "I would like to report a property with excessive growth. Bushes and weeds have taken over "
        "the front yard and are now growing out over the sidewalk so people have to walk in the "
        "street. 912 N Washington.",
        ("2", "78"),
        None,
    ),
    (
        "my neighbors yard is full of junk, old appliances, tires, trash bags piled up. been like "
        "this for a year",
        ("5",),
        ("S0346",),
    ),
    (
        "vacant house on Howe st, windows broken, door wide open, kids going in there. its falling apart",
        ("10",),
        None,
    ),
    (
        "The house next to me at 220 S Rogers has a porch roof that is collapsing and the back wall "
        "is bowing out. I am afraid it is going to come down onto my property.",
        ("10",),
        None,
    ),
    (
        "my landlord wont fix the heat and theres mold in the bathroom, who do i report this to",
        ("1",),
        None,
    ),
    (
        "rental house across the street has garbage piled on the porch and couches in the yard, the "
        "students never clean up",
        ("5", "1"),
        ("S0346",),
    ),
    (
        "abandoned home at the end of our road, roof caved in, full of raccoons, total eyesore",
        ("10", "90"),
        None,
    ),
    (
        "Neighbors are storing piles of scrap metal and old lumber all over their front yard and its "
        "attracting rats",
        ("5",),
        ("S0346", "S0311"),
    ),
    (
        "sidewalk broken and raised up like 3 inches in front of 450 E 10th, my mom tripped on it",
        ("34",),
        ("S0361",),
    ),
    (
        "tree roots have pushed up the sidewalk slabs all down Jefferson St. not wheelchair friendly AT ALL",
        ("34", "82", "89"),
        ("S0361",),
    ),
    (
        "Cars parked up on the sidewalk at Atwater and Henderson every night, i have to walk in the "
        "street with my stroller",
        ("78",),
        ("S0261",),
    ),
    (
        "construction company has had the sidewalk fenced off on Kirkwood for weeks and no detour for"
        " people walking",
        ("78", "66"),
        None,
    ),
    (
        "the sidewalks on 2nd st havent been shoveled since the snow storm. businesses should be fined",
        ("15",),
        ("SRC01",),
    ),
    (
        "icy sidewalk outside the post office, nobody salted, just saw an older lady fall",
        ("15",),
        ("SRC01",),
    ),
    (
        "scooters dumped all over the sidewalk on kirkwood blocking the way",
        ("83", "85", "78"),
        None,
    ),
    (
        "We need a sidewalk on Moores Pike, people are walking in the ditch to get to the bus stop",
        ("76", "66"),
        None,
    ),
    (
        "curb crumbling at corner of Lincoln and Smith, chunks of concrete in the road",
        ("34",),
        ("S0081",),
    ),
    (
        "The gutter along our street is packed full of leaves and mud so water stands in it for days",
        ("74", "57", "26"),
        ("S0391", "S0081"),
    ),
    (
        "snow plow tore up the curb in front of my house and took out part of my yard",
        ("34", "27"),
        ("S0081",),
    ),
    (
        "big tree limb down across the road on Sheffield Dr, cars cant get thru",
        ("89", "17", "26"),
        ("S0459", "PRUNING", "S0457"),
    ),
    (
        "dead tree in the strip between the sidewalk and street in front of 812 E 2nd, leaning toward"
        " the road",
        ("89",),
        ("S0459", "S0457"),
    ),
    (
        "Tree branches are covering the stop sign at Maple and 11th, you cant see it until youre "
        "already in the intersection",
        ("89", "19", "86"),
        ("PRUNING",),
    ),
    (
        "low hanging branches over the sidewalk on Dunn st, i keep hitting my head",
        ("89",),
        ("PRUNING",),
    ),
    (
        "the city tree in front of my house looks diseased and keeps dropping branches on my car. "
        "please come look at it",
        ("89",),
        ("S0457", "PRUNING", "S0459"),
    ),
    (
        "Storm knocked a huge branch onto the sidewalk at the corner of Woodlawn & Southern",
        ("89", "78"),
        ("PRUNING", "S0459"),
    ),
    (
        "can we get a tree planted in the empty spot by the curb, the old one was cut down last year",
        ("89",),
        ("S04TP",),
    ),
    (
        "traffic light stuck on red at 3rd and College, people just running it",
        ("70", "12"),
        ("SIGTRAMA",),
    ),
    (
        "signal out at 10th and the bypass, flashing red all directions",
        ("70", "12"),
        ("SIGTRAMA",),
    ),
    (
        "the left turn arrow at Walnut & Winslow never turns green unless a car is right on the "
        "sensor, bikes never trigger it",
        ("70", "66"),
        ("SIGTRAMA", "S0021"),
    ),
    (
        "Pedestrian crossing button is broken at Kirkwood & Indiana, the walk signal never comes on",
        ("70", "12", "66"),
        ("SIGTRAMA",),
    ),
    (
        "stoplight hanging crooked after the wind storm, pointing the wrong way",
        ("70", "12"),
        ("SIGTRAMA",),
    ),
    (
        "the green light on Atwater is WAY too short, only 3 cars get through and it backs up every morning",
        ("70", "61", "12"),
        ("SIGTRAMA",),
    ),
    (
        "stop sign knocked down at Hawthorne and Circle Dr",
        ("86", "12"),
        ("SIGNMISS", "S0286"),
    ),
    (
        "street name sign missing at the corner of Park Ridge and Sare",
        ("86",),
        ("SIGNMISS", "S0286"),
    ),
    (
        "the speed limit sign on Bloomfield Rd is so faded you cant read it",
        ("86",),
        ("S0286",),
    ),
    (
        "yield sign got turned sideways, its facing the wrong street at 17th and Madison",
        ("86",),
        ("S0286",),
    ),
    (
        "We really need a children at play sign on our street, people fly down it",
        ("86", "61"),
        ("S0376", "SPSTDAMA"),
    ),
    (
        "there is a one way sign missing on 4th street, people keep driving the wrong way",
        ("86", "12"),
        ("SIGNMISS", "S0286"),
    ),
    (
        "storm drain clogged with leaves at 1st and Fess, street floods every time it rains",
        ("57", "74"),
        None,
    ),
    (
        "Water is pouring off the new parking lot behind us and flooding our backyard and basement",
        ("74",),
        None,
    ),
    (
        "the storm sewer grate is broken/missing on Hillsdale, its just a big open hole",
        ("57",),
        None,
    ),
    (
        "Someone is pouring what looks like motor oil down the storm drain on Patterson Dr every weekend",
        ("88",),
        ("S0181",),
    ),
    (
        "street floods at the dip on Winslow Rd whenever it rains, water gets a foot deep and cars stall",
        ("74", "57"),
        None,
    ),
    (
        "sewage backing up into my basement, is this a city problem? 2401 E Dekist",
        ("14",),
        None,
    ),
    (
        "horrible sewer smell coming from the manhole in front of our house for days now",
        ("14", "57"),
        None,
    ),
    (
        "manhole overflowing with raw sewage on Lower Birchwood!!",
        ("14",),
        None,
    ),
    (
        "water bubbling up out of the street at 5th and Dunn, looks like a water main break",
        ("13",),
        None,
    ),
    (
        "fire hydrant leaking all over the street at the corner of Gentry and Nancy",
        ("13",),
        None,
    ),
    (
        "our tap water is brown this morning, is something going on?",
        ("23", "13"),
        None,
    ),
    (
        "Hydrant got hit by a car and is laying on its side on Ridgeview",
        ("13",),
        None,
    ),
    (
        "dead deer on the side of the road on Moores Pike near the school",
        ("32",),
        ("11",),
    ),
    (
        "theres a dead cat in the street in front of my house, can someone come get it",
        ("32",),
        ("11",),
    ),
    (
        "Dead raccoon in the bike lane on Henderson, been there for days and it stinks",
        ("32",),
        ("11",),
    ),
    (
        "dead dog on the shoulder of the highway",
        ("32",),
        ("11",),
    ),
    (
        "loose pit bull running around the neighborhood chasing kids, Crescent Rd",
        ("32",),
        None,
    ),
    (
        "neighbors dog barks ALL NIGHT every night, i cant sleep",
        ("32",),
        None,
    ),
    (
        "there's a dog tied up in the yard at 700 W Kirkwood with no water or shade in this heat",
        ("32",),
        None,
    ),
    (
        "A fox has been coming into our yard in broad daylight and acting weird, not afraid of people",
        ("90", "32"),
        None,
    ),
    (
        "loud music from the house on the corner till 3 am every weekend",
        (),
        None,
    ),
    (
        "The road crew working on 2nd St started jackhammering at 5 am. Is that even allowed?",
        ("11",),
        None,
    ),
    (
        "food truck parked on our block runs a loud generator all evening",
        ("87",),
        None,
    ),
    (
        "someone parks in front of my driveway every day, i cant get out for work",
        ("44",),
        ("S0261",),
    ),
    (
        "Neighbor parks his truck on the front lawn, its torn up the grass and its there every day",
        ("29",),
        None,
    ),
    (
        "parking meter on kirkwood ate my quarters and just says FAIL",
        ("44",),
        ("S0276",),
    ),
    (
        "cars without permits parked in the permit only zone on my street all day, students parking "
        "to go to campus",
        ("43", "44"),
        ("RPP", "S0261"),
    ),
    (
        "our street hasnt been plowed at all, 3 days since the snow. Sunny Slopes Dr",
        ("27",),
        ("SRC01",),
    ),
    (
        "black ice on the hill on Rolling Ridge Way, 2 cars already in the ditch. please salt",
        ("27",),
        ("SRC01",),
    ),
    (
        "plow pushed a wall of snow across the end of my driveway AGAIN",
        ("27",),
        ("SRC01",),
    ),
    (
        "WHEN ARE YOU GOING TO PLOW THE SIDE STREETS??? bryan park area is a skating rink",
        ("27",),
        ("SRC01",),
    ),
    (
        "bike lane paint on Walnut is totally worn off, drivers dont even know its there",
        ("66", "61"),
        ("S0021", "MARKMAIN"),
    ),
    (
        "delivery trucks always park in the bike lane on 4th St, i have to swerve out into traffic",
        ("66", "44"),
        ("S0021", "S0261"),
    ),
    (
        "abandoned bike locked to the rack outside the library for months, missing a wheel and all rusty",
        ("66",),
        ("S0021",),
    ),
    (
        "rats everywhere in the alley behind the restaurants on Kirkwood, the dumpsters are always "
        "overflowing",
        ("5", "90"),
        ("S0311",),
    ),
    (
        "seeing rats running in and out of holes under the playground at Butler Park",
        ("33", "90"),
        ("S0311", "PARKRECR"),
    ),
    (
        "mosquitoes are terrible, the abandoned pool next door is full of green standing water",
        (),
        ("INSECTS",),
    ),
    (
        "the bushes on the corner of Hunter and Jordan are so tall you cant see oncoming cars when "
        "you pull out",
        ("19",),
        None,
    ),
    (
        "The utility crew that replaced the water line left a huge rut in my yard and never put the "
        "grass back",
        ("58", "60", "91"),
        None,
    ),
    (
        "contractor for the city dug up the street for the sewer project and left the steel plate "
        "loose, it bangs every time a car goes over and its sliding around",
        ("60", "91", "11", "25"),
        ("S0466", "S0406"),
    ),
    (
        "swing set broken at Bryan Park, chain snapped, a kid almost got hurt",
        ("33",),
        ("PARKRECR",),
    ),
    (
        "Restrooms at the Olcott Park shelter have been locked all week during the day",
        ("45", "33"),
        ("PARKRECR",),
    ),
    (
        "your websites report a problem form wont let me upload a photo, keeps erroring out",
        ("53",),
        ("CSRREPIS",),
    ),
)
