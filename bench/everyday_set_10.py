"""Everyday set 10: 160 US and 100 UK citizen problem reports for measuring Open311 service ranking.

Written blind on 2026-11-27 by someone who had not seen the ranker, its lexicon, or any other set
(the only existing set opened was the first 60 lines of everyday_set_9.py, to copy the file format).
Labels were fixed before any ranking was run; no ranking code was run while writing them. The only
catalogs consulted were the Bloomington and FixMyStreet service names given in the brief and the
Washington DC services.xml (codes and names).

The messages imitate what people actually send to a 311 / FixMyStreet-style system by SMS, app,
email and social media: many very short ("light out"), some long and rambling with a second
complaint tacked on, about a fifth with misspellings or txt-speak, a few in ALL CAPS, many with an
address, landmark or cross streets, some angry or phrased as questions. Problem kinds follow a
city's usual 311 volume (street surface, street lights, trash / recycling / yard waste / bulk,
dumping, graffiti, abandoned vehicles, parking, signals, signs and markings, sidewalks, trees,
drainage, water and sewer, weeds, animals, noise, snow and ice, housing, parks) plus roughly 15%
less common requests (scooters, taxis, food trucks, smoking, public art, website, GIS, utility cuts,
construction, DMV and school-safety services).

Labelling rules:
- EVERYDAY_SET_10 rows are (message, bloomington_codes, dc_codes_or_None);
- EVERYDAY_SET_10_UK rows are (message, fixmystreet_codes); "OT" only when no other category fits;
- the codes are every service a reasonable dispatcher would accept, best first; a single code when
  one service clearly fits; when a message mentions two problems the main one is labelled and the
  second is accepted only where a dispatcher would route it there as well;
- catch-all services (Bloomington "Other" and "City Performance", DC "311 Online Reported Issues")
  are never used as labels;
- an empty Bloomington tuple means no Bloomington service fits; None means DC has no suitable
  service (DC's catalog has no storm drainage, water/sewer, animal control or housing services).

Blind run (2026-11-27, once, after every fix of stop 11): Bloomington 0.758 / 0.930, Washington DC
0.717 / 0.858, UK (FixMyStreet categories) 0.929 / 1.000 (top-1 / top-3). Its errors were read afterwards.
"""

EVERYDAY_SET_10: tuple[tuple[str, tuple[str, ...], tuple[str, ...] | None], ...] = (
    # --- street surface (12) ---
    ("pothole again!!", ("25",), ("S0301", "S0406")),
    (
        "theres a pothole on Kirkwood by the bagel place thats like a foot deep, my hubcap is somewhere "
        "in it now",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "WHY HAS THE POTHOLE ON SOUTH HIGHLAND BEEN THERE SINCE MARCH. I REPORTED IT TWICE. DOES ANYONE "
        "EVEN READ THESE",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "Road surface on Vernal Pike just west of the bridge is peeling up in sheets and there's loose "
        "gravel all over the lane now. Motorcycles are going to go down on that.",
        ("25", "26"),
        ("S0406", "S0301"),
    ),
    (
        "manhole cover on Jefferson sits about 3 inches lower than the road, every car slams into it all "
        "night long",
        ("25", "14"),
        ("S0406", "S0466"),
    ),
    (
        "Alley behind the 500 blk of N Fess is nothing but potholes and mud. garbage truck got stuck "
        "back there yesterday lol",
        ("25",),
        ("S0016",),
    ),
    (
        "The steel plate the contractors left at College & 6th has shifted and now there's a gap you "
        "could lose a bike wheel in. It clangs every time a car goes over it.",
        ("91", "60", "25"),
        ("S0466", "S0406"),
    ),
    (
        "Can someone explain why you repaved Walnut last fall and it already has potholes?? what a waste "
        "of tax $$",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "Sinkhole opening up right next to the storm drain at Hillside & Rose, you can see down to the pipe",
        ("57", "25"),
        ("S0406",),
    ),
    (
        "multiple potholes eastbound Atwater btwn Henderson and Woodlawn. one is full of water so u cant "
        "tell how deep it is until ur in it",
        ("25",),
        ("S0301", "S0406"),
    ),
    ("potholle on 2nd st in front of the school, actually 2 of them", ("25",), ("S0301", "S0406")),
    (
        "gravel alley off 3rd behind St Paul's washed out in the storm, huge ruts, can't get to our garage",
        ("25",),
        ("S0016",),
    ),
    # --- street lights (10) ---
    ("light out", ("69",), ("S05SL",)),
    (
        "streetlight out on the corner of 2nd and Lincoln for 2 weeks now, its pitch black walking home "
        "from the bus",
        ("69",),
        ("S05SL",),
    ),
    (
        "The street light in front of 808 W Kirkwood flickers on and off all night. It's like a strobe "
        "light in my bedroom.",
        ("69",),
        ("S05SL",),
    ),
    ("STREET LIGHT ON ALL DAY ON 11TH ST. WASTING OUR MONEY", ("69",), ("S05SL",)),
    (
        "alley light behind the 1800 block of Q St NW is out. rats and sketchy ppl back there at night, "
        "its not safe",
        ("69",),
        ("S05AL", "S05SL"),
    ),
    (
        "Could we get a streetlight installed on Ridgeview Dr? The whole stretch between the two curves "
        "has none and the kids walk to the bus stop in the dark all winter.",
        ("93",),
        ("S05SL",),
    ),
    ("streetlite out again by the dollar general on Walnut smh", ("69",), ("S05SL",)),
    (
        "So I've lived on Sheffield Dr for eleven years and never seen it this bad. The light by the "
        "mailboxes has been out since before Thanksgiving, and the pothole next to it fills with water "
        "and freezes, so you can't see the ice when you get your mail at night. My neighbor already "
        "fell. Can someone at least fix the light??",
        ("69",),
        ("S05SL",),
    ),
    (
        "new LED streetlight on Grant is SO bright it lights up my whole bedroom, can you put a shield "
        "on it or something",
        ("94", "69"),
        ("S05SL",),
    ),
    (
        "lamp post at the Seminary Park entrance has the little door off and wires hanging out, kids "
        "play right there",
        ("69", "33"),
        ("S05SL", "PARKRECR"),
    ),
    # --- trash, recycling, yard waste, bulk (16) ---
    (
        "Hi, trash was not picked up on Hawthorne Dr today, everyone's cans are still out. This is the "
        "second week in a row. Also the street sign at the corner is still lying in the grass from when "
        "your truck hit it in October. Thanks.",
        ("5",),
        ("S0441",),
    ),
    (
        "Recycling missed AGAIN on Weatherstone Ln. 3rd time this month. Do you guys even have a route "
        "for us anymore?",
        ("36",),
        ("S0321",),
    ),
    (
        "truck crushed my recycling bin, lid is gone and theres a crack down the side. need a replacement",
        ("36",),
        ("RECCONRE", "S0316"),
    ),
    ("yard waste bags still sitting at the curb since monday, the calendar says monday", ("35",), ("S0476",)),
    (
        "garbage truck skipped our whole alley, 1700 blk of Euclid St NW. Its 90 degrees and it REEKS",
        ("5",),
        ("S0441",),
    ),
    ("how do i get a couch picked up? its to big for the can", ("5",), ("S0031",)),
    (
        "Trash guys threw my can in the street and it rolled down the hill and cracked. pretty annoyed tbh",
        ("5",),
        ("TRACO001", "S0451"),
    ),
    ("do yall take christmas trees?? ours has been at the curb since jan 3", ("35", "5"), ("S0476",)),
    (
        "We moved in two weeks ago and there is no trash can at the house. Who do I call to get one?",
        ("5",),
        ("S0451", "S0422"),
    ),
    (
        "The truck spilled garbage all down Lindbergh Dr during pickup and just drove off. Broken glass, "
        "diapers, everything.",
        ("5", "26"),
        ("S0391", "S0441"),
    ),
    (
        "They never came for the leaves! We raked and bagged 20 bags like the flyer said and theyre "
        "still sitting there",
        ("35",),
        ("S0196", "S0476"),
    ),
    (
        "public trash can at the bus stop at Kirkwood & Grant is overflowing, trash blowing all over the "
        "street",
        ("5", "26"),
        ("S0217",),
    ),
    (
        "rcyclng didnt get picked up n the bins r full, what day is it supposed to be now after the holiday?",
        ("36",),
        ("S0321", "S0322"),
    ),
    (
        "Our trash got picked up but not the recycling, again. Also the recycling truck came flying down "
        "the alley doing like 40 last week. Bins are overflowing and the cardboard is getting soaked.",
        ("36",),
        ("S0321",),
    ),
    ("supercan lid snapped off and one wheel is gone", ("5",), ("S0423",)),
    (
        "mattress and box spring have been on the curb in front of the duplex at 415 S Dunn for a week. "
        "landlord just dumped them when the tenants left",
        ("5",),
        ("S0031", "S0181"),
    ),
    # --- illegal dumping (7) ---
    ("Someone dumped like 30 tires behind the old Kmart on 3rd St", ("5", "26"), ("S0181",)),
    (
        "illegal dumping in the alley AGAIN. drywall, paint cans, carpet. behind the laundromat on 10th",
        ("26", "5"),
        ("S0181",),
    ),
    (
        "Contractor dumped a load of roofing shingles along Old SR 37 north of the dam. Saw the truck, "
        "white F-250, no markings.",
        ("26", "5"),
        ("S0181",),
    ),
    (
        "fridge dumped by the back lot at Bryan Park with the door still on, a kid could climb in that",
        ("33", "5"),
        ("S0181", "PARKRECR"),
    ),
    (
        "a whole apartment worth of furniture dumped on the sidewalk at 12th and Summit. chairs, "
        "dresser, a tv. cant get by with a wheelchair",
        ("5", "78"),
        ("S0181", "S0031"),
    ),
    (
        "dumpin at the end of Henderson Ct every wknd, somebody bringin truck loads of junk",
        ("5", "26"),
        ("S0181",),
    ),
    (
        "ppl keep dumping trash bags at the dead end of Sunny Slopes Dr. theres a camera sign but "
        "nothing ever happens",
        ("5", "26"),
        ("S0181",),
    ),
    # --- graffiti (6) ---
    ("graffiti on the stop sign at Rogers and Dodds", ("37", "86"), ("GRAFF",)),
    (
        "Gang tags all over the slide at Crestmont park. Little kids play there, this needs to be gone "
        "today.",
        ("37", "33"),
        ("GRAFF", "PARKRECR"),
    ),
    (
        "grafitti on my garage door facing the alley. can the city remove it or do i have to paint over "
        "it myself?",
        ("37",),
        ("GRAFF", "KIT"),
    ),
    (
        "offensive graffiti (a slur) painted on the bus shelter at Walnut & 2nd. please remove asap",
        ("37",),
        ("GRAFF",),
    ),
    ("GRAFITTI ON THE UTILITY BOX AT 7TH AND INDIANA", ("37",), ("GRAFF",)),
    (
        "Somebody spray painted over the mural on the side of the Showers building, wrote right across "
        "the face",
        ("99", "37"),
        ("GRAFF",),
    ),
    # --- abandoned vehicles (6) ---
    ("abandoned car", ("52",), ("S0000", "S0003")),
    (
        "Silver Honda, flat tires, no plates, parked on Clover Ln over a month. Leaves piling up under it.",
        ("52",),
        ("S0000",),
    ),
    (
        "There's a camper trailer that hasn't moved from in front of 3304 Stratford since summer. Tags "
        "expired in June.",
        ("52",),
        ("S0000",),
    ),
    ("van w smashed windows on our block 3 wks, pretty sure someone is sleeping in it", ("52",), ("S0000",)),
    ("boat on a trailer parked on the street for months taking up 2 spots", ("52", "44"), ("S0000", "S0261")),
    (
        "junk car up on blocks in the neighbors front yard, no wheels, been there 3 yrs",
        ("52", "29"),
        ("S0003",),
    ),
    # --- parking (9) ---
    (
        "Someone parked across my driveway and I can't get out for work!!! 1120 N Washington",
        ("44",),
        ("S0261",),
    ),
    (
        "cars parked in the bike lane on 7th every single morning by the coffee shop, have to swerve "
        "into traffic",
        ("66", "44"),
        ("S0021", "S0261"),
    ),
    (
        "truck parked up on the sidewalk at 4th & Dunn, had to push my stroller in the street",
        ("78",),
        ("S0261",),
    ),
    ("People park on the front lawns all along S Fess every game day. isnt that illegal??", ("29",), None),
    ("car w Ohio plates parked in our permit zone 2+ weeks never moves", ("43", "44"), ("S0336", "RPP")),
    ("How do I get a residential parking permit for my block? I just moved here.", ("43",), ("S0331",)),
    (
        "same car parks in the handicap spot at the library every day, no placard, nothing",
        ("73",),
        ("S0261",),
    ),
    (
        "got a ticket at the meter on Kirkwood even though the meter was broken and wouldnt take my "
        "card. how do i fight this",
        ("44",),
        ("DMV48", "S0276"),
    ),
    ("parking garage on Walnut, elevator broken for a week and the stairwell smells like pee", ("92",), None),
    # --- traffic signals (6) ---
    ("traffic lite stuck on red at 3rd n College, ppl just running it now", ("70",), ("SIGTRAMA",)),
    (
        "walk button at Atwater & Jordan doesnt do anything, we wait forever then just go",
        ("70",),
        ("SIGTRAMA",),
    ),
    ("SIGNAL OUT AT 10TH & THE BYPASS ALL FLASHING, SOMEBODYS GONNA GET KILLED", ("70",), ("SIGTRAMA",)),
    (
        "left turn arrow at Tapp and Rockport only lets like 2 cars through, backs up all the way to the "
        "school every afternoon",
        ("70", "61"),
        ("SIGTRAMA",),
    ),
    (
        "the traffic light at 17th and Madison is hanging sideways after the wind last night",
        ("70",),
        ("SIGTRAMA",),
    ),
    (
        "Walk signal on Walnut at 4th is way too short. I'm 72 and I barely make it halfway before it "
        "starts flashing.",
        ("70", "61"),
        ("SIGTRAMA",),
    ),
    # --- signs and markings (7) ---
    ("stop sign knocked down at Covenanter and Sare", ("86",), ("SIGNMISS", "S0286")),
    ("The yield sign at Maxwell Ln is bent over and pointing the wrong way.", ("86",), ("S0286",)),
    (
        "street name sign gone at Jordan & Moores Pike, delivery drivers keep missing the turn",
        ("86",),
        ("SIGNMISS", "S0286"),
    ),
    (
        "crosswalk lines on 3rd by the elementary are completely worn off, cars dont even slow down",
        ("86", "25"),
        ("MARKMAIN",),
    ),
    (
        "Can we get a children at play sign on Wylie St? Cars fly down it and there's like 15 kids on "
        "this block",
        ("86", "61"),
        ("S0376",),
    ),
    (
        "speed limit sign on Old 37 is totally covered by tree branches",
        ("89", "86", "19"),
        ("PRUNING", "S0286"),
    ),
    (
        "lane lines on Sample Rd were never painted after the repaving, its a free for all at night",
        ("86", "25"),
        ("MARKINST",),
    ),
    # --- sidewalks and curbs (7) ---
    (
        "sidwalk heaved up by tree roots on 1st st, my mom tripped and broke her wrist",
        ("34", "89"),
        ("S0361",),
    ),
    (
        "Please put a sidewalk on Sare Road between the apartments and the grocery store. People are "
        "walking in the ditch carrying groceries.",
        ("76",),
        ("S0361",),
    ),
    (
        "no curb ramp at the corner of 6th and Lincoln, my husband's wheelchair cant get up it so we "
        "have to go out in the street",
        ("82", "34", "76"),
        ("S0361", "S0081"),
    ),
    ("curb broke off infront of 2110 E 2nd, chunks of concrete in the gutter", ("34",), ("S0081",)),
    (
        "bushes grown all the way over the sidewalk on Hunter Ave, have to walk in the road",
        ("78", "2"),
        ("S0166", "PRUNING"),
    ),
    ("trip hazard! raised slab in front of the post office, like a 2 inch lip", ("34",), ("S0361",)),
    (
        "The sidewalk in front of 305 Park Square has been cracked and sinking for a year. Water pools "
        "in it and turns into a sheet of ice in winter.",
        ("34",),
        ("S0361",),
    ),
    # --- trees (6) ---
    (
        "big branch hanging over Fairview looks like its gonna come down on a car any minute",
        ("89",),
        ("PRUNING", "S0457"),
    ),
    ("TREE DOWN ACROSS LAKEVIEW DR, ROAD COMPLETELY BLOCKED", ("89", "17"), ("S0459", "S0457")),
    (
        "dead tree in the strip in front of 919 S Stull, bark falling off, half the branches are bare",
        ("89",),
        ("S0457", "S0459"),
    ),
    (
        "can the city plant a tree in the empty spot by my curb? the old one was taken out 2 yrs ago and "
        "never replaced",
        ("89",),
        ("S04TP",),
    ),
    (
        "limbs touching the power lines on Maple Grove Rd, there were sparks last night in the wind",
        ("89", "8"),
        ("PRUNING", "S0457"),
    ),
    (
        "city cut down the tree on Rogers and left a stump sticking up, tripping hazard and ants",
        ("89",),
        ("S0459",),
    ),
    # --- drainage and flooding (6) ---
    (
        "storm drain clogged with leaves at Hillsdale and Sheffield, street floods every time it rains",
        ("57", "74"),
        None,
    ),
    (
        "Water runs off the new development on Tapp Rd and floods our backyard in every storm. It's "
        "starting to get into the foundation. Who approved this?",
        ("74",),
        None,
    ),
    (
        "huge puddle at the crosswalk at Kirkwood & Dunn, cant cross without stepping in ankle deep water",
        ("74", "57"),
        None,
    ),
    ("storm grate missing on Allen St, just an open hole at the curb!", ("57",), None),
    (
        "ditch along Bethel Ln is full of trash and weeds and the water backs up into the road",
        ("74", "57"),
        None,
    ),
    (
        "Someone poured what looks like motor oil down the storm drain on Rogers St, rainbow sheen all "
        "down the gutter",
        ("88",),
        None,
    ),
    # --- water and sewer (6) ---
    ("water main break on Maxwell, water shooting up out of the street", ("13",), None),
    ("sewer backing up into my basement, smells terrible. is it the city line or mine?", ("14",), None),
    ("my water bill is $400 this month?? usually $60. no leaks in the house", ("21",), None),
    (
        "water coming out brown from the tap since this morning on the west side. is it safe to drink??",
        ("23",),
        None,
    ),
    ("smell of sewage from the manhole on 4th near the library all week", ("14", "57"), None),
    ("no water pressure at all on Clarizz Blvd since noon, whats going on", ("13",), None),
    # --- weeds and overgrown lots (5) ---
    ("the grass at the vacant house on Miller Dr is up to my waist, saw a snake", ("2",), ("S0166",)),
    (
        "overgrown lot at 14th and Monroe full of weeds and trash and I think someone is living in there",
        ("2", "5"),
        ("S0471",),
    ),
    (
        "weeds in the median on College Mall Rd are so tall you cant see cars coming when you turn",
        ("19", "2"),
        ("S0166",),
    ),
    ("nieghbor hasnt mowed all sumer", ("2",), ("S0166",)),
    (
        "poison ivy and brush taking over the alley behind Wylie, cant even get our cans out",
        ("2",),
        ("S0166", "S0011"),
    ),
    # --- animals (7) ---
    ("dead deer on the shoulder of Rockport Rd by the curve", ("32", "26"), ("11",)),
    (
        "Dog left on a chain in the backyard all day in this heat with no water. 2400 block S Maple. "
        "Please send someone.",
        ("32",),
        None,
    ),
    ("pack of loose dogs chasing kids at the bus stop on Countryside Ln this morning", ("32",), None),
    (
        "rats everywhere in the alley behind the restaurants on 4th, they run over your feet at night",
        ("90", "63"),
        ("S0311",),
    ),
    (
        "raccoons living in the storm drain on our corner, they come out and tear up everyones trash",
        ("90",),
        None,
    ),
    ("dog nxt door barks 24/7 and nobody is ever home", ("32",), None),
    ("coyote seen around Arden Pl several times, people's cats are going missing", ("90",), None),
    # --- noise (2) ---
    ("loud music from the bar on Kirkwood every night till 3am, some of us have work!!", ("63",), None),
    (
        "construction crew on the water line project on Allen St starting jackhammers at 5am",
        ("91", "60"),
        None,
    ),
    # --- snow and ice (5) ---
    ("Our street hasn't been plowed in 3 days. Heather Ln. We're stuck.", ("27",), ("SRC01",)),
    (
        "SIDEWALKS ON WALNUT NOT SHOVELED. BUSINESSES IGNORING IT. I HAD TO WALK IN THE STREET",
        ("15",),
        ("SRC01",),
    ),
    (
        "plow pushed a wall of snow across the bottom of my driveway AGAIN, 3 ft high, I just shoveled it",
        ("27",),
        ("SRC01",),
    ),
    (
        "black ice on the hill on High St, 2 cars slid into the ditch this morning. needs salt bad",
        ("27",),
        ("SRC01",),
    ),
    (
        "bus stop at 10th and Union is buried under the snow bank, people are standing in the road to wait",
        ("15", "27"),
        ("SRC01",),
    ),
    # --- property and housing (6) ---
    (
        "landlord hasnt fixed the heat in our apt for 2 wks, its 50 degrees inside and I have 2 kids",
        ("1",),
        None,
    ),
    (
        "The abandoned house on W 6th has had its back door wide open for a month, people going in and "
        "out at night, and the yard is a jungle. Last week there was a small fire out back. When is the "
        "city going to do something about this place?",
        ("10",),
        None,
    ),
    (
        "The porch roof at 1011 N Lincoln is collapsing and hangs over the sidewalk. It could fall on "
        "somebody walking by.",
        ("10", "78"),
        None,
    ),
    (
        "mold all over the bathroom and the ceiling is leaking in my rental, landlord wont answer calls "
        "or texts",
        ("1",),
        None,
    ),
    (
        "neighbors yard is full of junk, old appliances, trash bags, tires. been like this a year. rats "
        "now too",
        ("5",),
        ("S0346",),
    ),
    (
        "somebody burning trash and tires in a barrel behind the house on Bloomfield Rd, black smoke all "
        "over the neighborhood",
        ("8",),
        None,
    ),
    # --- parks and trails (6) ---
    ("swing broke at olcott park chain snaped", ("33",), ("PARKRECR",)),
    (
        "bathroom at Lower Cascades locked in the middle of the day again, kids have to go in the woods",
        ("45", "33"),
        ("PARKRECR",),
    ),
    (
        "water fountain on the B-Line near the farmers market hasnt worked all summer",
        ("47", "33"),
        ("PARKRECR",),
    ),
    ("NEEDLES IN THE SANDBOX AT BUILDING TRADES PARK!! please send someone", ("33",), ("PARKRECR",)),
    (
        "how do i sign my kid up for summer camp, the link on the website goes to an error page",
        ("46", "53"),
        ("PARKRECR",),
    ),
    ("tree down across the Clear Creek trail, cant get bikes around it", ("47", "89"), ("PARKRECR",)),
    # --- less common (25) ---
    (
        "Bird scooters piled up in the middle of the sidewalk at Kirkwood and Indiana, blocking the curb "
        "ramp",
        ("85", "83", "78"),
        ("PVDNUSIT",),
    ),
    ("lime scooter been lying in my front yard 4 days, who do i even call", ("83",), ("PVDNUSIT",)),
    (
        "Taxi driver refused to take me because of my guide dog and left me standing there in the rain. "
        "Cab #214.",
        ("67",),
        None,
    ),
    ("food truck on 4th runs its generator til 2am and parks in the crosswalk", ("87",), None),
    ("people smoking right at the hospital entrance under the no smoking sign", ("81",), None),
    ("the city site for paying parking tickets keeps timing out, tried 5 times", ("53", "44"), ("ITISSUES",)),
    ("realtor signs stuck in every median on 3rd St all weekend", ("9",), ("S0185",)),
    (
        "I almost got hit by a car turning right on red at Kirkwood & Walnut while I was IN the "
        "crosswalk with the walk sign. This intersection needs no turn on red.",
        ("65", "61"),
        ("S0376", "SPSTDAMA"),
    ),
    ("cars doing 50 down Hawthorne where its 25, we need speed bumps", ("12", "61"), ("SPSTDAMA",)),
    (
        "the map on your website shows Bristol Ct as a through street. its a dead end and GPS keeps "
        "sending semis down here",
        ("97",),
        None,
    ),
    ("the statue on the square is missing its plaque and covered in bird poop", ("99",), None),
    (
        "bike lane on Henderson just ends right before the intersection and dumps you into traffic",
        ("66", "61"),
        ("S0021", "MARKMODI"),
    ),
    (
        "ROAD CLOSED sign at Dunn & 10th for weeks with nobody working. is this a city project? when "
        "does it end",
        ("11", "17"),
        None,
    ),
    ("AT&T dug up my front yard for a cable and left a mud pit, no grass, no seed", ("58", "91"), ("S0466",)),
    ("gas company left a trench across Mitchell St with one cone on it", ("91", "60", "25"), ("S0466",)),
    ("neighbor's security floodlight shines straight into our bedroom all night", ("94",), None),
    ("need a smoke detector, heard the fire dept gives them out free?", (), ("FESAADNU",)),
    (
        "how do i contest a parking ticket i got while my car was in the shop across town",
        ("44",),
        ("DMV48", "DMV43"),
    ),
    (
        "city garbage truck blew thru the school zone on Maple doing way over 20 this morning",
        ("12", "65"),
        ("HMDCP",),
    ),
    (
        "foreclosed house on Bender Rd has a pool full of green water, the mosquitoes are unbearable",
        (),
        ("INSECTS",),
    ),
    (
        "landlord put all the tenants stuff out on the curb on R St NE, eviction today, and its raining "
        "on everything",
        ("5",),
        ("S0146",),
    ),
    (
        "business on Walnut parked its dumpster in the street taking up 2 parking spaces",
        ("17", "63"),
        ("PVDNUSIT",),
    ),
    (
        "cars blow past the school bus when the stop arm is out, every morning on Tapp Rd. someone is "
        "going to kill a kid",
        ("12", "65"),
        ("SAROTOSC", "SPSTDAMA"),
    ),
    ("crossing guard at Fairview elem didnt show up 3 days this week", (), ("SCCRGUPR",)),
    (
        "leaves piled up in the street on Woodlawn covering the drains, when is leaf pickup??",
        ("35", "26", "57"),
        ("S0196",),
    ),
)

EVERYDAY_SET_10_UK: tuple[tuple[str, tuple[str, ...]], ...] = (
    # --- potholes (11) ---
    ("pothole outside 14 Brunswick Road, been there weeks", ("PH",)),
    ("Massive pothole on the A4074 just past the Shell garage, nearly lost my front wheel", ("PH",)),
    ("pot hole", ("PH",)),
    ("POTHOLES ALL DOWN STATION ROAD AGAIN. WHAT DO WE PAY COUNCIL TAX FOR", ("PH",)),
    (
        "There's a pothole at the bottom of Mill Lane by the bridge that fills up with water so you "
        "can't see it. Car in front of me hit it yesterday and burst a tyre. Also the hedge on that "
        "corner needs cutting back, you can't see round it.",
        ("PH",),
    ),
    (
        "Road surface breaking up on the Kingsway roundabout, loose stones flying up at windscreens",
        ("PH", "RH"),
    ),
    ("pothole in the cycle lane on Hills Rd, came off my bike this morning and cut my knee open", ("PH",)),
    (
        "manhole cover rocking and clanking outside no 72 High St all night, can hear it from bed",
        ("RH", "PH"),
    ),
    (
        "pothole on the corner of Victoria St and Albert Rd has doubled in size since I reported it in "
        "Jan, ref 4471823. Still nothing done.",
        ("PH",),
    ),
    (
        "huge hole in the road at the junction of Green Lane and the B1040, cones round it but its been "
        "a fortnight",
        ("PH",),
    ),
    ("potole outside the school gates on Ferndale Ave, kids step in it getting out of cars", ("PH",)),
    # --- street lighting (8) ---
    ("street light out outside 23 Hazel Grove", ("SL",)),
    ("lamp post flickering on and off all night on Beech Rd, right outside my bedroom window", ("SL",)),
    (
        "Three street lights out in a row on the footpath between Tesco and the station. It's really "
        "dark and dodgy, I don't feel safe walking home from work there in the winter. Reported one of "
        "them in October.",
        ("SL",),
    ),
    ("streetlight on all day on Park Road", ("SL",)),
    (
        "Lamp column's been clipped by a lorry on Nelson St and is leaning over the pavement, door at "
        "the bottom is missing and you can see the wires",
        ("SL",),
    ),
    ("st light not working opp the co-op on Market St for about a month now", ("SL",)),
    ("LAMPPOST OUT AT THE END OF BRAMBLE CLOSE, PITCH BLACK", ("SL",)),
    (
        "the street light outside number 9 comes on at midday and goes off at night, completely "
        "backwards lol",
        ("SL",),
    ),
    # --- flytipping (9) ---
    ("fly tipping in the Cowley Lane layby, about 10 black bags and a sofa", ("FT",)),
    ("someone has dumped a mattress and a fridge in the back lane behind Stanley Road", ("FT",)),
    (
        "Builders rubble dumped in the gateway to the field on Long Lane, again. Third time this year. "
        "Somebody must know who it is.",
        ("FT",),
    ),
    ("flytipping at the bottle bank in the Queens Rd car park, boxes and bags everywhere", ("FT",)),
    ("asbestos sheets dumped on the verge by the bridge on Marsh Road, please be careful", ("FT",)),
    ("Fly tip!! Tyres dumped on the corner of Oak Way", ("FT",)),
    ("load of garden waste and old fencing chucked over the wall into the alley off Kent St", ("FT",)),
    (
        "somebody's dumped a whole kitchen outside the empty shop on Bridge St, cupboards, sink, the lot",
        ("FT",),
    ),
    ("flytippin down the track by the canal again, trolleys, bags, a telly", ("FT",)),
    # --- refuse and recycling (8) ---
    ("bins not emptied on Elmfield Ave", ("RR",)),
    ("Recycling not collected on Lime Grove, every other house on the street got done", ("RR",)),
    ("garden waste bin missed again, I pay for the subscription and this is the 3rd time", ("RR",)),
    (
        "bin men left our wheelie bin in the middle of the pavement and it blew over, rubbish everywhere",
        ("RR", "SC"),
    ),
    ("food waste caddy not emptied this week, its stinking in this heat", ("RR",)),
    ("need a new blue bin, ours went in the back of the lorry and never came back", ("RR",)),
    ("Black bin not collected at 46 Orchard Way. Left out by 7am as usual.", ("RR",)),
    (
        "I'm on the assisted collection list because I'm disabled and can't get my bin to the kerb, but "
        "they've missed me again. That's three weeks now and the bin's full of maggots. Please sort it "
        "out.",
        ("RR",),
    ),
    # --- pavements (8) ---
    ("uneven paving slab outside Boots on the High St, my nan tripped on it", ("PV",)),
    ("pavement on Cedar Rd lifted up by tree roots, cant get the pram along", ("PV", "TR")),
    (
        "dropped kerb needed at the end of Wellington St, mobility scooter users can't get off the path",
        ("PV",),
    ),
    ("footpath through Jubilee fields completely overgrown with brambles, can't walk it", ("PV", "PK")),
    ("broken kerb stones on Regent Rd, sticking out into the road", ("PV", "RH")),
    ("pavment cracked and sunk outside 5 Primrose Hill, massive puddle every time it rains", ("PV",)),
    ("hole in the pavement where a bollard used to be outside the library", ("PV",)),
    ("ICY PAVEMENTS ON HILL ST, NOT GRITTED, SOMEONE HAS ALREADY FALLEN", ("PV", "RH")),
    # --- dog fouling (5) ---
    ("dog poo all over the pavement on Ashby Rd, every single day", ("DF",)),
    ("dog mess on the playing field at St Marks, kids play football on there", ("DF", "PK")),
    (
        "someone keeps letting their dog foul outside our gate and not picking it up, white staffy, "
        "every morning around 7",
        ("DF",),
    ),
    ("Bags of dog poo hung on the hedge all along the bridleway off Pitt Lane, dozens of them", ("DF",)),
    ("dg poo by school entrance Holly Rd", ("DF",)),
    # --- graffiti (5) ---
    ("graffiti on the bus shelter on Lord St", ("GR", "BS")),
    ("Offensive graffiti sprayed on the wall of the underpass by the station, racist words", ("GR",)),
    ("someone's tagged all the garage doors on Rowan Court", ("GR",)),
    ("graffitti on the footbridge over the bypass", ("GR",)),
    ("Graffiti on the war memorial in the square, absolutely disgusting", ("GR",)),
    # --- street cleaning (5) ---
    ("broken glass all over the road outside the Red Lion after the weekend", ("SC",)),
    ("overflowing litter bin by the bus stop on Chapel St, rubbish all over the path", ("SC", "RR")),
    (
        "Litter everywhere on the grass verge along the Ring Road, looks like it's not been picked in months",
        ("SC",),
    ),
    ("leaves piled up on Grove Park Rd, wet and slippy, and they're blocking the drains", ("SC", "DR")),
    ("Needles found in the alley between Union St and Crown St, please clear", ("SC",)),
    # --- trees (5) ---
    ("tree down across the footpath in Greenbank after the storm", ("TR",)),
    (
        "Overhanging branches on Sycamore Ave blocking the street light and scraping the tops of buses",
        ("TR",),
    ),
    (
        "council tree outside 31 Linden Rd is dead and leaning towards the house, worried it'll come down",
        ("TR",),
    ),
    ("tree roots from the council tree on the verge are lifting our driveway", ("TR",)),
    ("ivy and branches grown right over the road sign at the junction, cant read it", ("TR", "SG")),
    # --- flooding and drainage (5) ---
    ("drain blocked on Wharf Rd, huge puddle right across the road when it rains", ("DR",)),
    ("gully outside 18 Meadow Way blocked, water pouring into our drive", ("DR",)),
    ("Road flooded under the railway bridge on Station Approach AGAIN, cars getting stuck", ("DR",)),
    ("water coming up out of a drain cover on Forest Rd for 2 days, smells like sewage", ("DR",)),
    ("Surface water running off the field onto Brook Lane every time it rains, mud everywhere", ("DR",)),
    # --- abandoned vehicles (4) ---
    ("abandoned car on Ivy Lane, no tax, flat tyres, been there 2 months", ("AV",)),
    ("burnt out moped dumped in the park next to the skatepark", ("AV", "PK")),
    ("White transit van hasn't moved in 6 weeks outside number 40, windows smashed", ("AV",)),
    ("caravan left on the road on Hillcrest, untaxed, people are dumping rubbish in it now", ("AV",)),
    # --- car parking (4) ---
    (
        "cars parking on the pavement on Denmark St every night, have to go in the road with my wheelchair",
        ("CP", "PV"),
    ),
    ("people parking in the disabled bays at Market Square car park without badges", ("CP",)),
    ("pay machine in the Victoria Rd car park broken, wont take cards or coins", ("CP",)),
    (
        "parents parking on the double yellows outside the school at pick up every day, cant see to cross",
        ("CP",),
    ),
    # --- signs and markings (8) ---
    ("Give Way sign knocked over at the junction of Ash Rd and Mill St", ("SG",)),
    ("speed limit sign missing on the A38 coming into the village", ("SG",)),
    ("road sign spun round at the roundabout, sending people the wrong way to the hospital", ("SG",)),
    (
        "white lines at the junction of Cross St completely faded, people pulling out without stopping",
        ("RM",),
    ),
    ("zig zags outside the primary school worn away, parents parking right on them", ("RM",)),
    ("Give way markings at the bottom of Tower Hill are gone since the resurfacing", ("RM",)),
    ("street name sign for Albany Road missing", ("SN",)),
    ("nameplate on Coronation St is hanging off and covered in moss", ("SN",)),
    # --- traffic lights (3) ---
    ("traffic lights stuck on red at the junction of London Rd and Queens Ave", ("TL",)),
    ("pedestrian crossing button on Church St not working, beeper broken too", ("TL",)),
    ("TEMPORARY LIGHTS ON HIGH ST LEFT ON RED ALL NIGHT WITH NO WORKS GOING ON", ("TL", "RH")),
    # --- bus stops (3) ---
    ("Bus shelter glass smashed at the stop on Park Lane", ("BS",)),
    ("timetable missing from the bus stop outside the hospital", ("BS",)),
    ("bus stop pole knocked down on Wood St, nobody knows where to wait", ("BS",)),
    # --- parks (4) ---
    ("swings broken in Victoria Park playground", ("PK",)),
    ("play area at Lark Rise full of broken glass and beer cans", ("PK", "SC")),
    ("gate to the play park wont close, dogs getting in", ("PK",)),
    ("grass in the rec hasnt been cut in ages, knee high", ("PK",)),
    # --- roads and other (5) ---
    ("Mud all over the road from the building site on Fen Lane, lorries dragging it out", ("RH", "SC")),
    ("crash barrier bent and hanging off on the bypass near the Tesco turn", ("RH",)),
    ("speed bump on Windsor Rd is breaking up, bits of tarmac all over", ("RH", "PH")),
    ("Loud music from the flat upstairs every night until 4am", ("OT",)),
    ("public toilets by the beach locked all day in August, ridiculous", ("OT",)),
)
