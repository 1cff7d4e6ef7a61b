"""Everyday set 12: 160 US citizen problem reports for measuring Open311 service ranking.

Written blind on 2026-11-27 by someone who had not seen the ranker, its lexicon, or any other set
(the only existing set opened was the first 60 lines of everyday_set_10.py, to copy the file format).
Labels were fixed before any ranking was run; no ranking code was run while writing them. The only
catalogs consulted were the Bloomington service names given in the brief and the Washington DC
services.xml (codes and names).

The messages imitate what residents actually send to a US city's 311 app, text line, email and
social media: many very short ("trash??"), some long and rambling, about a quarter with
misspellings, missing apostrophes or txt-speak, a few in ALL CAPS, many with an address, landmark or
cross streets, some angry, sarcastic or phrased as questions, a few with @mentions and hashtags.
About half describe a single problem; the rest add a second complaint or a lot of irrelevant
context before or after the problem. Problem kinds follow a city's usual 311 volume (street
surface and debris, street lights, trash / recycling / yard waste / bulk, dumping, graffiti,
abandoned vehicles, parking, signals, signs and markings, sidewalks, trees, drainage, water and
sewer, weeds, animals, snow and ice, housing, unsafe buildings, parks, trails) plus roughly 15% less
common requests (scooters, taxis, food trucks, smoking, public art, website, GIS, nuisance lights,
fire hazards, utility cuts and yardwork, construction projects, accessibility, businesses, close
calls, traffic suggestions, temporary signs, illicit discharge, parking garages and permits).

Labelling rules:
- EVERYDAY_SET_12 rows are (message, bloomington_codes, dc_codes_or_None);
- the codes are every service a reasonable dispatcher would accept, best first; a single code when
  one service clearly fits; when a message mentions two problems the main one is labelled and the
  second is accepted only where a dispatcher would route it there as well;
- catch-all services (Bloomington "Other" and "City Performance", DC "311 Online Reported Issues")
  are never used as labels;
- an empty Bloomington tuple means no Bloomington service fits; None means DC has no suitable
  service (DC's catalog has no storm drainage, water/sewer, animal control, housing, building,
  scooter, taxi, food truck, smoking, public art or website services).

Blind run (2026-11-27, once, at the end of stop 11): Bloomington 0.738 / 0.887, Washington DC
0.694 / 0.847 (top-1 / top-3). Its errors were read afterwards.
"""

EVERYDAY_SET_12: tuple[tuple[str, tuple[str, ...], tuple[str, ...] | None], ...] = (
    # --- street surface and debris (13) ---
    (
        "pothole on E 3rd by the kroger pls fix b4 it eats someones tire",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "potholes on rogers st. again. shocker.",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "@CityBtown the crater at Walnut & Grimes is officially a pond now. want me to stock it w/ "
        "fish? #potholeseason",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "Road is heaving up on Moores Pike eastbound just past the Sare Rd light, basically a speed "
        "bump nobody asked for. And while somebody is out there the lane lines on that stretch are "
        "completely gone, at night in the rain you're just guessing",
        ("25",),
        ("S0406", "S0301", "MARKMAIN"),
    ),
    (
        "So I have lived on S Fess for 22 years and I have never once complained about anything. I "
        "pay my taxes, I keep my yard nice, my late husband always said the city does the best it can"
        " with what it has. But the patch job they did on our block last fall has completely crumbled"
        " and chunks of asphalt roll down into the gutter every time it rains. Could somebody please "
        "come look at it before winter.",
        ("25",),
        ("S0406", "S0301"),
    ),
    (
        "big rut where the garbage trucks turn around at the end of Sunrise Dr, my corolla bottoms "
        "out every time. while im at it those trucks come at 5:45am and wake the whole street up",
        ("25",),
        ("S0406", "S0301"),
    ),
    (
        "pot hole n the alley behind the 4th st apts, scraped bottom 2x this wk thx",
        ("25",),
        ("S0016", "S0301"),
    ),
    (
        "Why does the city keep patching AROUND the sinkhole on Atwater instead of fixing it?? its "
        "bigger every week and my neighbor called about it back in august too",
        ("25",),
        ("S0406", "S0301"),
    ),
    (
        "Huge pothole right in the crosswalk at 10th & Jordan, students step in it all day. Also the "
        "walk signal there takes forever so people just give up and jaywalk",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "road is caving in next to the storm drain on W 6th, theres a hole u can see a pipe thru",
        ("25", "57"),
        ("S0406", "S0301"),
    ),
    (
        "gravel and sand all over the bike lane on Henderson after the storm, slid out on my bike "
        "this morning on the way to my 8am. scraped up but fine, my pride less so",
        ("26", "66"),
        ("S0391",),
    ),
    (
        "broken glass all over the road outside the bars on Kirkwood from saturday night, still there"
        " sunday afternoon. honestly the bars should have to clean up their own mess",
        ("26",),
        ("S0391",),
    ),
    (
        "mud n rocks washed into the street from the construction site on S Walnut, whole southbound "
        "lane is covered. and the dump trucks from that site park on the sidewalk every morning",
        ("26", "74"),
        ("S0391",),
    ),
    # --- street lights (10) ---
    (
        "streetlight out again",
        ("69",),
        ("S05SL",),
    ),
    (
        "light pole flickering on n off all nite outside 512 S Rogers like a disco, cant sleep",
        ("69",),
        ("S05SL",),
    ),
    (
        "STREET LIGHT OUT AT 2ND AND COLLEGE FOR 3 WEEKS. VERY DARK. SOMEONE IS GOING TO GET HIT.",
        ("69",),
        ("S05SL",),
    ),
    (
        "lite out on pole #4471 by the bus stop on E 10th",
        ("69",),
        ("S05SL",),
    ),
    (
        "I work second shift at the hospital and walk home through the alley behind Prospect St "
        "around 1am. Used to be fine but every one of the lights back there is dead now and it's "
        "honestly sketchy. Had a guy follow me last week.",
        ("69",),
        ("S05AL",),
    ),
    (
        "someone knocked over the light pole at Sare & Rogers, its leaning over the sidewalk with "
        "wires hanging out of the base. happened around 2am, heard the crash, driver took off",
        ("69",),
        ("S05SL",),
    ),
    (
        "Can we get a street light on Ridgeview Dr between Kinser and Arlington? It is pitch black, "
        "you literally can't see people walking their dogs until you're right on top of them. Our "
        "neighborhood watch meets thursday and this is the #1 complaint every single time",
        ("93",),
        ("S05SL",),
    ),
    (
        "@BtownCity another light out on the B-Line by the Showers bldg, thats 3 this month 🙄",
        ("69", "47"),
        ("S05SL",),
    ),
    (
        "i pay taxes for what exactly. every streetlight on Clifton Ave out since tuesdays storm and "
        "my power has been back since wednesday so dont tell me its Duke",
        ("69",),
        ("S05SL",),
    ),
    (
        "The new LED street light they put in outside 1420 E Atwater shines straight into my bedroom."
        " It's like daylight at 2am. Can you put a shield on it or angle it down? Lived here 9 years "
        "with zero issues untill the swap in October.",
        ("94", "69"),
        ("S05SL",),
    ),
    # --- trash, recycling, yard waste, bulk (19) ---
    (
        "trash??",
        ("5",),
        ("S0441",),
    ),
    (
        "trash wasnt picked up on weatherstone ln today, everyone elses was. it was out by 6am i swear",
        ("5",),
        ("S0441",),
    ),
    (
        "Garbage truck skipped our alley AGAIN. 3rd week in a row. what are we even paying for",
        ("5",),
        ("S0441",),
    ),
    (
        "trash guys threw my cart into the street and now its cracked down the side and the lid hangs"
        " off. need a new one. also they never put the carts back, just leave them in the middle of "
        "the driveway",
        ("5",),
        ("TRACO001", "S0451"),
    ),
    (
        "hi! we just moved here from Indy last week, still unpacking, love the neighborhood so far. "
        "question - there's no trash cart at our place (2207 E Hillside), I think the old tenants "
        "took it? how do we get one",
        ("5",),
        ("S0451",),
    ),
    (
        "public trash can at the bus stop on Kirkwood & Grant is overflowing, pizza boxes everywhere "
        "and crows tearing into it",
        ("5",),
        ("S0217",),
    ),
    (
        "neighbor at 814 W Kirkwood leaves his trash cans on the sidewalk all week long, they block "
        "the whole sidewalk and stink to high heaven. ive asked him twice",
        ("5", "78"),
        ("S0346",),
    ),
    (
        "Hi, I'm writing for my mother who lives out at Redbud Hills. She can't drag the cart to the "
        "curb anymore since her hip surgery in August. She's 84 and stubborn and won't ask the "
        "neighbors for help. Is there any kind of assistance or back-door pickup program? Thank you, "
        "Linda",
        ("5",),
        None,
    ),
    (
        "recycling not picked up",
        ("36",),
        ("S0321",),
    ),
    (
        "recyclng bin missed 2day on N Dunn st, pls send the truck back",
        ("36",),
        ("S0321",),
    ),
    (
        "Do you take pizza boxes in recycling or not? your website says one thing and the sticker on "
        "the cart says the opposite",
        ("36",),
        ("S0322",),
    ),
    (
        "recycling crew dumped half my bin on the ground and drove off. broken glass all over the "
        "curb on Ruby Ln now",
        ("36", "26"),
        ("S0321", "S0391"),
    ),
    (
        "Why did I get a 'contaminated' tag on my recycling?? it was literally just cans and "
        "cardboard. and now its been sitting there 4 days while the trash got picked up fine",
        ("36",),
        ("S0321", "S0322"),
    ),
    (
        "yard waste bags still sitting on curb since monday",
        ("35",),
        ("S0476",),
    ),
    (
        "when does leaf pickup start this yr? got a mountain of leaves on the tree lawn and its "
        "supposed to rain all week, last year they came the week after thanksgiving and it was all "
        "mush",
        ("35",),
        ("S0196", "S0476"),
    ),
    (
        "They took my trash but left the yard waste cart full. Again. Also where are we supposed to "
        "buy the yard waste stickers now that the hardware store on 10th closed?",
        ("35",),
        ("S0476",),
    ),
    (
        "how do i get a couch picked up",
        ("5",),
        ("S0031",),
    ),
    (
        "need bulk pickup for an old mattress + box spring, 1910 S Brown Ave. were moving out the "
        "31st and the landlord says we get charged if its left, what day can u come",
        ("5",),
        ("S0031",),
    ),
    (
        "eviction stuff put out on the curb on Crestmont Dr since last wed, now its raining on it. "
        "clothes, a crib, everything. kinda heartbreaking honestly but its been a week",
        ("5",),
        ("S0146",),
    ),
    # --- illegal dumping (5) ---
    (
        "someone dumped like 20 tires behind the old Marsh on W 3rd. been there since the 4th of "
        "july, i walk my dog past it every day and now theres mosquitos breeding in them",
        ("26", "5"),
        ("S0181",),
    ),
    (
        "ILLEGAL DUMPING AT THE END OF GENTRY ST AGAIN. DRYWALL, PAINT CANS, A TOILET. I HAVE PICS OF"
        " THE TRUCK AND THE PLATE",
        ("26", "5"),
        ("S0181",),
    ),
    (
        "mattress + tv dumped in the alley behind E 7th. also the alley light back there is out which"
        " is prob why ppl dump there at night",
        ("26", "5"),
        ("S0181",),
    ),
    (
        "people keep stuffing bags of household trash into the park cans at Bryan Park, theyre "
        "overflowing by every sunday",
        ("33", "5"),
        ("S0346", "PARKRECR"),
    ),
    (
        "somebody left a whole bedroom set on the shoulder of Old SR 37 north of the lake, either "
        "fell off a truck or they just dumped it",
        ("26", "5"),
        ("S0181",),
    ),
    # --- graffiti (6) ---
    (
        "graffiti on the underpass",
        ("37",),
        ("GRAFF",),
    ),
    (
        "somebody tagged the whole side of Bloomingfoods on E 3rd overnight. same crew as the bus "
        "shelter last month probly",
        ("37",),
        ("GRAFF",),
    ),
    (
        "Graffiti painted on the stop sign at Smith & Sare, you can't even read STOP anymore",
        ("37", "86"),
        ("GRAFF", "S0286"),
    ),
    (
        "new tags on the B-Line bridge near Grimes. some pretty nasty words too and little kids walk "
        "past there every day on the way to Templeton",
        ("37",),
        ("GRAFF",),
    ),
    (
        "grafitti all over the playground slide at Winslow park 😡 #btown #fixit",
        ("37", "33"),
        ("GRAFF", "PARKRECR"),
    ),
    (
        "Can I just get paint from the city to cover the graffiti on my garage myself? Tired of "
        "waiting. third time this year they've hit it, I have the ring doorbell footage if the cops "
        "even care",
        ("37",),
        ("KIT", "GRAFF"),
    ),
    # --- abandoned vehicles (5) ---
    (
        "abandoned car",
        ("52",),
        ("S0000",),
    ),
    (
        "silver Honda Civic w/ 2 flat tires on W Dixie St hasnt moved in a month, leaves piled up "
        "under it. neighbor thinks its some student who went home for summer and just never came back"
        " lol",
        ("52",),
        ("S0000",),
    ),
    (
        "theres a van with no plates parked outside Crestmont park for weeks now. might be someone "
        "living in it idk, dont want anyone in trouble just kinda worried",
        ("52",),
        ("S0000",),
    ),
    (
        "junk car in the Woodbridge apartments lot, tags expired 2023, windows smashed out. "
        "management says it's not their problem which, ok",
        ("52",),
        ("S0003",),
    ),
    (
        "ABANDONED PICKUP BLOCKING HALF THE ROAD ON WINSLOW RD, HAZARDS DIED DAYS AGO",
        ("52", "17"),
        ("S0000",),
    ),
    # --- parking (9) ---
    (
        "someone parked across my driveway AGAIN cant get out for work!!!",
        ("44", "12"),
        ("S0261",),
    ),
    (
        "6 cars parked on the front lawn at 905 N Fee Ln every single weekend, its a mud pit now. its"
        " a rental, owner lives up in Carmel and could care less",
        ("29",),
        None,
    ),
    (
        "black Tahoe parks in the bike lane on 7th st every morning 7:30-8, plate ends in 4KX. "
        "@BloomingtonPD @CityBtown",
        ("66", "44"),
        ("S0261", "S0021"),
    ),
    (
        "so the meter on Kirkwood in front of the Irish Lion ate four quarters and still said "
        "expired, I went in to grab change and came out to a ticket 20 min later. I want to dispute "
        "it",
        ("44",),
        ("DMV48", "S0276", "DMV40"),
    ),
    (
        "Permit zone near campus is a joke. Non-permit cars on E 2nd all day every day and I have "
        "never seen a single ticket",
        ("43", "44"),
        ("RPP",),
    ),
    (
        "how do i renew my neighborhood parking permit, the website just keeps looping me back to the"
        " login page. tried chrome and edge",
        ("43", "53"),
        ("S0331",),
    ),
    (
        "car with illinois plates parks on our block overnight every nite for like 4 months, never moves",
        ("44",),
        ("S0336", "S0261"),
    ),
    (
        "Someone's parked in the handicap spot at the Monroe County library with no placard again, "
        "every weekday 3-5pm. My husband uses a walker and we end up parking way out by the bike "
        "racks. Staff says they cant do anything about it",
        ("73", "44"),
        ("S0261",),
    ),
    (
        "Had family in from out of town for the game and parked in the 4th St garage. Elevator broken"
        " AGAIN and the stairwell smells like pee. My 80 yr old dad had to do 4 flights. This is how "
        "you welcome visitors downtown?",
        ("92",),
        None,
    ),
    # --- traffic signals (6) ---
    (
        "light stuck on red at 3rd and Jordan",
        ("70",),
        ("SIGTRAMA",),
    ),
    (
        "traffic signal at Kinser & 17th flashing yellow all directions, nearly got t-boned this "
        "morning, guy in a white F-150 didnt even slow down",
        ("70",),
        ("SIGTRAMA",),
    ),
    (
        "left turn arrow onto 45/46 from College never turns green unless 3 cars are waiting. sat "
        "thru 4 cycles on my motorcycle at 11pm",
        ("70",),
        ("SIGTRAMA",),
    ),
    (
        "walk button broken at Walnut & Kirkwood, doesnt chirp or anything. the blind gentleman who "
        "lives upstairs from me relies on it to cross",
        ("70", "82"),
        ("SIGTRAMA",),
    ),
    (
        "STOPLIGHT COMPLETELY DARK AT HIGH & 3RD. NO COPS. PEOPLE JUST GUESSING",
        ("70",),
        ("SIGTRAMA",),
    ),
    (
        "the timing on the lights down Atwater is awful, u hit every single red. can someone sync "
        "them up #Bloomington i swear its on purpose",
        ("70", "61"),
        ("SIGTRAMA",),
    ),
    # --- signs and markings (6) ---
    (
        "stop sign down at Maple & 9th!!",
        ("86",),
        ("SIGNMISS", "S0286"),
    ),
    (
        "street name sign missing at Ash and Cottage Grove, doordash guys keep getting lost and my "
        "pad thai is always cold lol",
        ("86",),
        ("S0286", "SIGNMISS"),
    ),
    (
        "Speed limit sign on Smith Rd bent almost to the ground, looks like somebody hit it. same "
        "stretch is missing alot of the reflectors on the guardrail too",
        ("86",),
        ("S0286",),
    ),
    (
        "can we get a children at play sign on Southdowns Dr? kids everywhere and ppl fly thru. my "
        "daughters friends cat got hit last month and she hasnt stopped crying about it",
        ("86", "61"),
        ("S0376", "SPSTDAMA"),
    ),
    (
        "crosswalk paint at 7th & Indiana is totally worn off, drivers dont even know its there. IU "
        "kids cross there at all hours in dark clothes, its definately going to end badly",
        ("86", "25"),
        ("MARKMAIN",),
    ),
    (
        "bike lane lines on Henderson so faded that cars just drive in it",
        ("66", "86"),
        ("MARKMAIN", "S0021"),
    ),
    # --- sidewalks and curbs (7) ---
    (
        "sidewalk cracked and heaved up outside 703 W 6th, tripped on it once already. im the mail "
        "carrier on this route and I see ppl catch their toes on it every day",
        ("34",),
        ("S0361",),
    ),
    (
        "Curb is crumbling at Dunn & 10th, chunks of concrete in the gutter",
        ("34",),
        ("S0081",),
    ),
    (
        "we walk to Bryan Park every morning w the baby and the dog, its our whole routine. The "
        "sidewalk on Hillside near the church just ENDS and u have to push the stroller in the road. "
        "we need a sidewalk there pls",
        ("76",),
        ("SPSTDAMA",),
    ),
    (
        "no curb ramp at 3rd & Woodlawn, my wheelchair cant get up so I go down someones driveway "
        "into traffic",
        ("82", "34"),
        ("S0081", "S0361"),
    ),
    (
        "construction fencing has blocked the entire sidewalk on Kirkwood by the new hotel for "
        "months, no detour, everyone just walks in the street",
        ("78",),
        None,
    ),
    (
        "The brick sidewalks in Elm Heights are a disgrace. Loose bricks everywhere, my mom fell last"
        " week and broke her wrist. We've lived here since 1987 and it has never been this bad. The "
        "neighborhood association says it's the city's job, the city told me it's the homeowner's "
        "job. WHOSE JOB IS IT??",
        ("34",),
        ("S0361",),
    ),
    (
        "tree roots pushed the sidewalk up like 4 inches on E University, total trip hazard at night",
        ("34", "89"),
        ("S0361",),
    ),
    # --- trees (7) ---
    (
        "tree down across Maxwell Ln, cant get thru",
        ("89", "17"),
        ("S0457", "S0459"),
    ),
    (
        "Large dead limb hanging over the sidewalk on S Stull Ave, one more storm and it's coming "
        "down on somebody",
        ("89",),
        ("PRUNING", "S0457", "S0459"),
    ),
    (
        "city tree in front of my house has been dead 2 yrs. can it come down b4 it lands on my car. "
        "called Duke and they said its not near a power line so not their problem",
        ("89",),
        ("S0459", "S0457"),
    ),
    (
        "branches hanging so low over E 2nd that the school bus scrapes them every morning",
        ("89",),
        ("PRUNING",),
    ),
    (
        "We bought our house on Covenanter last spring and the city took out the big maple on the "
        "tree lawn a few months later, said it was diseased, fine. But nothing was ever planted back "
        "and there's just a patch of dirt. Could we get a new tree?",
        ("89",),
        ("S04TP",),
    ),
    (
        "stop sign at Circle Dr & Sheffield completely hidden by tree branches, cant see it till ur "
        "already in the intersection",
        ("19", "89", "86"),
        ("PRUNING", "S0457"),
    ),
    (
        "ash tree in the median on 17th looks like the emerald ash borer got it, bark peeling off all"
        " over. theres like 4 more along there that look the same",
        ("89",),
        ("S0457", "S0459"),
    ),
    # --- drainage and flooding (5) ---
    (
        "storm drain clogged w leaves, street flooding at Maxwell & Sheridan",
        ("57", "74"),
        None,
    ),
    (
        "every time it rains now my backyard floods bc the new subdivision uphill graded everything "
        "toward us. 15 years in this house and it never did this. my shed is sitting in a lake",
        ("74",),
        None,
    ),
    (
        "FLOODING ON W 2ND UNDER THE RAILROAD BRIDGE AGAIN, SOMEONES CAR STALLED IN IT",
        ("74", "57"),
        None,
    ),
    (
        "storm grate is missing on Henderson near Pizza X, just an open hole in the gutter. someone "
        "is going to break an ankle or a wheel",
        ("57",),
        ("S0406", "S0081"),
    ),
    (
        "a huge puddle sits on the sidewalk at the bus stop on N Walnut every time it rains, u have "
        "to wade thru it to get on the bus",
        ("74", "34"),
        ("S0361",),
    ),
    # --- water and sewer (7) ---
    (
        "water main break on E Moores Pike, water gushing up through the road",
        ("13",),
        None,
    ),
    (
        "sewer smell coming out of the manhole on Fairview, really strong tonight, smells like rotten"
        " eggs all the way down the block and my kids wont play outside",
        ("14",),
        None,
    ),
    (
        "SEWAGE BACKING UP INTO MY BASEMENT FLOOR DRAIN. IS THIS THE CITY LINE?? CALL ME 812-555-0147",
        ("14",),
        None,
    ),
    (
        "tap water is brownish orange this morning at my apt on S Lincoln, is it safe to drink?? they"
        " were doing something with the hydrant on the corner yesterday, maybe related?",
        ("23",),
        None,
    ),
    (
        "My water bill went from $38 to $212 and it's just me and my cat. No leaks, I even paid a "
        "plumber to check. Who do I talk to about this",
        ("21",),
        None,
    ),
    (
        "fire hydrant leaking on Jackson St, waters been running down the gutter for days. but sure, "
        "send me another 'conserve water' mailer",
        ("13",),
        None,
    ),
    (
        "manhole cover loose, clanks every time a car goes over it, Lincoln & Smith",
        ("25", "14", "57"),
        ("S0406", "S0466"),
    ),
    # --- weeds and overgrowth (4) ---
    (
        "Overgrown yard at 1119 W 11th, grass like 3 ft tall. saw a snake",
        ("2",),
        ("S0166",),
    ),
    (
        "vacant lot on S Rogers next to the tire shop is all weeds and trash, nobody has mowed since "
        "spring and people toss fast food bags in there",
        ("2", "5"),
        ("S0471",),
    ),
    (
        "the house next door has been empty since the owner passed in march and the grass is up to "
        "the windows now. probably rats too, my dog goes nuts at night",
        ("2",),
        ("S0166",),
    ),
    (
        "weeds growing thru the sidewalk cracks all along Rogers so bad u have to walk single file",
        ("2", "34"),
        ("S0166",),
    ),
    # --- animals (6) ---
    (
        "dead deer on Moores Pike by Ireland Rd, been there 2 days, starting to smell",
        ("32",),
        ("11",),
    ),
    (
        "Dog next door at 1702 Arden Dr barks nonstop, owners gone all day. I can deal with the noise"
        " but today it was chained outside in 90 degree heat with no water bowl. Please send someone",
        ("32",),
        None,
    ),
    (
        "raccoon family living in the storm drain on our street. is that the city or a wildlife "
        "person? my husband wants to trap them himself and i said absolutely not",
        ("90",),
        None,
    ),
    (
        "rats everywhere in the alley behind the restaurants on 4th, counted 5 tonight. the grease "
        "bins are overflowing too so no surprise",
        ("90",),
        ("S0311", "S0346"),
    ),
    (
        "the geese at Griffy are back and super aggressive, one went after my 5yo on the dock",
        ("90", "33"),
        ("PARKRECR",),
    ),
    (
        "dead cat in the road at 14th & Walnut",
        ("32",),
        ("11",),
    ),
    # --- snow and ice (5) ---
    (
        "our street hasnt been plowed at all, Windsor Dr, its been 2 days. my wife is a nurse and had"
        " to bum a ride to the hospital from a neighbor w a 4x4. main roads look great tho so good "
        "job i guess",
        ("27",),
        ("SRC01",),
    ),
    (
        "plow came thru and buried the end of my driveway AND knocked over my mailbox. thx a lot",
        ("27",),
        ("SRC01",),
    ),
    (
        "sidewalks on E 3rd by the strip mall not shoveled, everyone walking in the road. I own the "
        "bakery at the end and shovel mine every morning, its the vacant storefronts that never get "
        "done",
        ("15",),
        ("SRC01",),
    ),
    (
        "ICE ON THE HILL ON HIGH ST. CARS SLIDING BACKWARDS. PLEASE SALT IT",
        ("27",),
        ("SRC01",),
    ),
    (
        "landlord never shovels the walk at 611 N Washington, elderly lady downstairs hasnt been able"
        " to leave in 4 days. also our porch light is out but whatever",
        ("15", "1"),
        ("SRC01",),
    ),
    # --- housing and unsafe buildings (7) ---
    (
        "landlord wont fix the heat, its 52 degrees in my apartment, told him 4 times. i have a space"
        " heater but it keeps tripping the breaker",
        ("1",),
        None,
    ),
    (
        "black mold in the bathroom ceiling at Pavilion apts, mgmt keeps painting over it #tenantrights",
        ("1",),
        None,
    ),
    (
        "no hot water for 6 days apt 3B 1500 N Walnut, landlord ignoring my texts",
        ("1",),
        None,
    ),
    (
        "roaches in every unit of our building and the landlord says its our fault. I have a 2 year "
        "old. Also the smoke detector in the hall has no battery and the back stairwell light has "
        "been out since summer",
        ("1",),
        ("INSECTS",),
    ),
    (
        "the old house on W 5th has a caved in roof and the back door is wide open, kids go in there."
        " my son says teenagers hang out in there smoking, we live 2 houses down",
        ("10",),
        None,
    ),
    (
        "Porch on the abandoned house at 823 N Lincoln is collapsing onto the sidewalk",
        ("10", "78"),
        None,
    ),
    (
        "bricks falling off a building facade on the square onto the sidewalk, one landed right next "
        "to a lady this afternoon",
        ("10",),
        None,
    ),
    # --- parks and trails (9) ---
    (
        "swing broken at bryan park",
        ("33",),
        ("PARKRECR",),
    ),
    (
        "Restrooms at Switchyard Park locked at 2pm on a Saturday. whats the point of having them. my"
        " 3yo was doing the potty dance and we had to pack up and leave",
        ("45", "33"),
        ("PARKRECR",),
    ),
    (
        "basketball hoop at Crestmont park has no net and the rim is bent down, been like that all summer",
        ("33",),
        ("PARKRECR",),
    ),
    (
        "found needles in the sandbox at Building Trades park. please send someone to clean it. my "
        "daughter almost picked one up. we love this park, we go every day after daycare",
        ("33",),
        ("PARKRECR",),
    ),
    (
        "hornet nest inside the tube slide at Olcott park, my son got stung twice",
        ("33",),
        ("PARKRECR",),
    ),
    (
        "how do i sign my kid up for fall soccer? registration page keeps erroring out",
        ("46", "53"),
        ("PARKRECR",),
    ),
    (
        "big tree down across the Clear Creek trail south of Country Club, had to carry my bike over",
        ("47", "89"),
        ("PARKRECR",),
    ),
    (
        "B-Line has a huge crack/hole by the Switchyard entrance, almost ate it on my bike. also the "
        "water fountain at that trailhead has been bagged since june",
        ("47",),
        ("PARKRECR",),
    ),
    (
        "people riding electric dirt bikes on the Jackson Creek trail going like 30mph, someones "
        "going to get killed",
        ("47",),
        ("PARKRECR",),
    ),
    # --- less common (24) ---
    (
        "bird scooter dumped in the middle of the sidewalk on Kirkwood again, nearly tripped over it "
        "in the dark. @BirdRides come get your junk",
        ("85", "83", "78"),
        None,
    ),
    (
        "lime scooters piled up on the curb ramp at 4th & Dunn, wheelchair cant get thru",
        ("83", "78", "82"),
        None,
    ),
    (
        "yellow cab driver refused to take me b/c of my service dog and then charged me a no-show "
        "fee. I was standing right there on the curb with my harness and dog and everything",
        ("67",),
        None,
    ),
    (
        "food truck on College Ave runs a loud generator till 3am and leaves greasy napkins everywhere",
        ("87",),
        None,
    ),
    (
        "people smoking right at the front doors of city hall every day, thought that was banned "
        "within so many feet? I have asthma and have to hold my breath to go pay my water bill",
        ("81",),
        None,
    ),
    (
        "the mural on the side of the convention center is peeling and faded, such a shame, it used "
        "to be gorgeous",
        ("99",),
        None,
    ),
    (
        "the sculpture on the square has a piece broken off and sharp metal sticking out at kid height",
        ("99",),
        None,
    ),
    (
        "your 311 map wont load on my phone, just a white screen. iphone 15 safari. was trying to "
        "report the pothole on 10th by the stadium, guess ill just do it here",
        ("53", "25"),
        ("S0301",),
    ),
    (
        "the city map shows my house on the wrong street, ambulance almost went to the wrong place "
        "last month",
        ("97",),
        None,
    ),
    (
        "neighbor put up a floodlight that shines straight into our bedroom all night. asked nicely, "
        "he laughed",
        ("94",),
        None,
    ),
    (
        "huge pile of pallets and dry brush right next to the pumps at the gas station on W 3rd, "
        "people smoke right there",
        ("8",),
        None,
    ),
    (
        "Utility cut in front of 1208 N Lincoln never got repaved, just a steel plate that clangs "
        "every time a car hits it",
        ("91", "60", "25"),
        ("S0466",),
    ),
    (
        "fiber company dug up my front yard and left ruts and little flags everywhere, 3 weeks, "
        "nobody will call me back",
        ("58", "91"),
        None,
    ),
    (
        "Kirkwood construction — how much longer? the detour signs send you in a circle and the "
        "businesses are dying",
        ("11",),
        None,
    ),
    (
        "the ramp at the City Hall entrance is too steep for my power chair, I slid backwards yesterday",
        ("82",),
        None,
    ),
    (
        "bar on Walnut blasts music til 3am every night w the doors propped open",
        ("63",),
        None,
    ),
    (
        "almost got hit by a car turning right on red at 10th & College while I had the walk signal, "
        "third time this week. someone needs to look at this intersection",
        ("65", "12"),
        ("SPSTDAMA",),
    ),
    (
        "pls put a 4 way stop at Hawthorne & Maxwell, ppl blow thru there constantly",
        ("61", "86"),
        ("S0376", "SPSTDAMA"),
    ),
    (
        "speeding on East 2nd is insane, ppl doing 50 in a 25. we need speed bumps #slowdown",
        ("12", "61"),
        ("SPSTDAMA",),
    ),
    (
        "WE BUY HOUSES signs stapled to every pole on 3rd st",
        ("9",),
        ("S0185",),
    ),
    (
        "City pickup truck #214 doing 60 down Rogers, tailgating and passing on the double yellow",
        ("12",),
        ("HMDCP",),
    ),
    (
        "Could we get a bike rack outside the library on the west side? people lock bikes to the "
        "railing and thats the railing on the wheelchair ramp so its blocked half the time",
        ("66",),
        ("S0021",),
    ),
    (
        "contractors washing out concrete into the storm drain at the new apts on 17th, gutter is all gray",
        ("88",),
        None,
    ),
    (
        "ice rink at Frank Southern closed?? it said open til 9. drove 25 min with 3 kids already in "
        "their skates",
        ("45",),
        ("PARKRECR",),
    ),
)
