"""Everyday set 13: 150 US citizen problem reports from social and messaging channels, for Open311 ranking.

Written blind on 2026-11-27 by someone who had not seen the ranker, its lexicon, its tests or any other set
(the only existing set opened was the first 60 lines of everyday_set_11.py, to copy the file format and the
labelling rules; lines 1-70 of nlp_common.py were read for the SeeClickFix -> Bloomington code mapping).
Labels were fixed before any ranking was run; no ranking code was run while writing them. The only catalogs
consulted were the Bloomington IN services.json and the Washington DC services.xml (codes, names and short
descriptions). There is no UK part: the FixMyStreet code convention (other than "OT") could not be determined
with certainty from the material allowed, so only US rows were written.

Unlike earlier sets, the messages imitate what arrives through social and messaging channels: Mastodon / X
posts that start or end with @handles ("@BloomingtonIN", "@cityofbloomington@mastodon.social", "@DC311"),
#hashtags, photo and map links (imgur, maps.app.goo.gl, openstreetmap.org/?mlat=..), emojis, "RT" and "cc"
fragments, SMS replies in txt-speak, WhatsApp-style bursts split over several lines, email subject + body
mashups ("Subject: streetlight // Hi, ..."), forwarded-message clutter and signatures ("Sent from my
iPhone"). Many are very short, some long, some misspelt, a few in ALL CAPS, some with a second complaint
tacked on. Problem kinds follow a city's usual 311 volume mix (street surface, street lights, trash /
recycling / yard waste / bulk, dumping, graffiti, abandoned vehicles, parking, signals, signs and markings,
sidewalks, trees, drainage, water and sewer, weeds, animals, noise, snow and ice, housing, parks) plus
roughly 15% less common requests (utility cuts, eviction clean-outs, public art, new street lights and
sidewalks, out-of-state parking, unimproved-surface parking, garages, line of sight, illicit discharge,
water billing and quality, wildlife, food trucks, scooters and bike-share, taxis, smoking, website, GIS,
close calls, traffic calming, temporary signage, accessible parking, nuisance lights, DMV, smoke alarms,
crossing guards, fire hazards, street debris).

Labelling rules (copied from set 11):
- EVERYDAY_SET_13 rows are (message, bloomington_codes, dc_codes_or_None);
- the codes are every service a reasonable dispatcher would accept, best first, judged from the
  service names alone; a single code when one service clearly fits; when a message mentions two
  problems the main one is labelled and the second is accepted only where a dispatcher would route
  the message there as well;
- catch-all services (Bloomington "Other" and "City Performance", DC "311 Online Reported Issues")
  are never used as labels;
- an empty Bloomington tuple means no Bloomington service fits; None means DC has no suitable
  service (DC's catalog has no storm drainage, water/sewer, animal control, noise or housing
  services).

Blind run (2026-11-27, once, at the end of stop 12): Bloomington 0.830 / 0.946, Washington DC 0.784 / 0.901
(top-1 / top-3). The code of stop 11, run on it at the same time: 0.816 / 0.932 and 0.757 / 0.892; without
the stop's removal of links, accounts and signatures (nlp.clutter): 0.816 / 0.932 and 0.775 / 0.892. Held
out: its errors have not been read.
"""

EVERYDAY_SET_13: tuple[tuple[str, tuple[str, ...], tuple[str, ...] | None], ...] = (
    # --- street surface (11) ---
    (
        "@BloomingtonIN pothole on S Walnut just past the Kroger entrance, swallowed half my wheel 🕳️😡 "
        "#pothole",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "🕳️🕳️🕳️ e 10th st. thats it thats the tweet",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "RT @kirkwoodcyclist: pavement on Kirkwood between Dunn and Grant is peeling up in sheets, "
        "bikes keep swerving out into traffic to avoid it. cc @cityofbloomington@mastodon.social",
        ("25", "66"),
        ("S0406", "S0301", "S0021"),
    ),
    (
        "Subject: road sinking // Hello, there is a dip forming in the road in front of 1420 N Dunn, "
        "it gets deeper every week and water sits in it after rain. Thanks, Margaret\n\nSent from my "
        "iPad",
        ("25",),
        ("S0406", "S0301"),
    ),
    (
        "alley behind 3rd & lincoln all broke up, gravel evrywhere, cant hardly get my car out",
        ("25",),
        ("S0016", "S0406"),
    ),
    (
        "Whoever patched the hole on Smith Rd last month, it's already crumbling back out lol 🤦 "
        "https://imgur.com/a/pX3kq9L",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "@DC311 some kind of sinkhole opening up in the road next to the bus stop on Georgia Ave, "
        "somebody stuck a cone in it https://maps.app.goo.gl/r7TqWm2cXb",
        ("25",),
        ("S0406", "S0301"),
    ),
    (
        "#fixit huge pothole Tapp Rd westbound",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "---------- Forwarded message ---------\nFrom: Dan K.\nSubject: Fw: fw: Rockport rd\n\ncan "
        "someone pass this on to the street people? edge of the road by the creek bridge is breaking "
        "off into the ditch",
        ("25",),
        ("S0406",),
    ),
    (
        "Is anybody ever going to fix the buckled pavement on Bloomfield Rd by the tracks or do we "
        "just keep losing hubcaps? 🙃 #btown",
        ("25",),
        ("S0406", "S0301"),
    ),
    (
        "Hi! Just flagging that the steel plate they put over the trench on Atwater has shifted, it "
        "clangs every time a car goes over and there's a gap you could catch a bike tire in.",
        ("25", "91", "60", "11"),
        ("S0466", "S0406"),
    ),
    # --- street lights (10) ---
    (
        "💡❌ corner of Henderson and Hillside",
        ("69",),
        ("S05SL",),
    ),
    (
        "@BloomingtonIN the street light in front of 808 W 6th has been flickering on and off all "
        "night like a strobe\n\nSent from my iPhone",
        ("69",),
        ("S05SL",),
    ),
    (
        "Subject: streetlight // Hi, the light outside our house has been out since the storm. Pole "
        "number is 41-22B I think. Thanks",
        ("69",),
        ("S05SL",),
    ),
    (
        "alley light behind the laundromat is dead again, super sketchy back there at night 😬",
        ("69",),
        ("S05AL", "S05SL"),
    ),
    (
        "whole row of lights on Sare Road is dark from the roundabout down to Moores Pike",
        ("69",),
        ("S05SL",),
    ),
    (
        "streetlamp on our block stays on all day, 24/7. who pays for that 💸 #bloomington",
        ("69",),
        ("S05SL",),
    ),
    (
        "Reply STOP to opt out\n> no i dont want to opt out i want to report the light pole on "
        "Crescent Rd, its leaning and the glass cover fell off",
        ("69",),
        ("S05SL",),
    ),
    (
        "could we please get a street light on the stretch of Maxwell Ln by the park? pitch black "
        "walking home from the bus 🌑 @cityofbloomington@mastodon.social",
        ("93", "69"),
        None,
    ),
    (
        "light out 10th/Union",
        ("69",),
        ("S05SL",),
    ),
    (
        "the streetlight at my bus stop buzzes and goes dark every couple mins. also the shelter glass "
        "is smashed but i guess thats the bus company",
        ("69",),
        ("S05SL",),
    ),
    # --- trash / recycling / yard waste / bulk (14) ---
    (
        "@BloomingtonIN trash wasn't picked up on Fairview today, whole street still has carts out 🗑️🗑️🗑️",
        ("5",),
        ("S0441",),
    ),
    (
        "MISSED RECYCLING AGAIN!!! 3rd week in a row on S Highland #recycling",
        ("36",),
        ("S0321",),
    ),
    (
        "hi is this the city? my garbage cart lid snapped off when the truck dumped it. can i get it "
        "fixed or a new one",
        ("5",),
        ("TRACO001", "S0451"),
    ),
    (
        "Subject: recycle bin // We just moved into 1107 E Wylie and there's no recycling bin. How do "
        "we get one?\n\nGet Outlook for Android",
        ("36",),
        ("S0316",),
    ),
    (
        "yard waste bags still sitting at the curb, supposed to go monday. 6 bags of leaves getting soggy",
        ("35",),
        ("S0476", "S0196"),
    ),
    (
        "when do the leaf trucks come thru Elm Heights?? piles at the curb for 2 wks now 🍂",
        ("35",),
        ("S0196", "S0476"),
    ),
    (
        "need a couch and a mattress picked up how do i schedule that",
        ("5",),
        ("S0031",),
    ),
    (
        "Bulk pickup was supposed to be this morning, the old fridge is still out on the tree lawn. "
        "Can someone check? 🙏",
        ("5",),
        ("S0031",),
    ),
    (
        "garbage truck skipped the whole alley behind 4th st. AGAIN. 😤 #trash",
        ("5",),
        ("S0441",),
    ),
    (
        "public trash can at the bus stop at Kirkwood & Walnut is overflowing, bags piled up next to "
        "it and the crows are having a party",
        ("5",),
        ("S0217", "S0216"),
    ),
    (
        "recycling guys threw my bin in the street and now its cracked down the side",
        ("36",),
        ("RECCONRE", "S0316"),
    ),
    (
        "Our yard waste cart got taken with the trash by mistake, now we don't have one. Clifton Ave. Thx!",
        ("35",),
        ("S0476",),
    ),
    (
        "can the recycling take greasy pizza boxes or no?? asking for real",
        ("36",),
        ("S0322",),
    ),
    (
        "can i get a bigger garbage can, family of 6 and the small one isnt cutting it",
        ("5",),
        ("S0451", "S0422"),
    ),
    # --- dumping (6) ---
    (
        "someone dumped like 20 tires behind the old Marsh building on Bloomfield Rd 🛞 #illegaldumping "
        "https://www.openstreetmap.org/?mlat=39.1553&mlon=-86.5502#map=18/39.1553/-86.5502",
        ("5",),
        ("S0181",),
    ),
    (
        "Mattress + busted dresser dumped in the alley off Grant St. 3rd time this month!! @BloomingtonIN",
        ("5",),
        ("S0181",),
    ),
    (
        "ppl keep leaving bags of household garbage at the recycling drop-off, its spilling onto the "
        "sidewalk",
        ("5",),
        ("S0181", "S0346"),
    ),
    (
        "pile of construction debris, drywall shingles 2x4s, dumped on the side of Old SR 37 near the bridge",
        ("5", "26"),
        ("S0181",),
    ),
    (
        "someone left a tv and a bunch of boxes on the corner\nlike yesterday\nstill there\n📺",
        ("5",),
        ("S0181",),
    ),
    (
        "Landlord across the street threw an entire apartment's worth of stuff onto the curb after he "
        "kicked the tenants out. Couch, clothes, toys, everything. It's been 4 days and it's blowing "
        "all over.",
        ("5",),
        ("S0146", "S0181"),
    ),
    # --- graffiti (6) ---
    (
        "fresh tags all over the B-Line underpass at 2nd st 🎨🙄 #graffiti",
        ("37",),
        ("GRAFF",),
    ),
    (
        "someone tagged the side of my garage overnight. does the city remove it or do i have to? is "
        "there free paint or something",
        ("37",),
        ("KIT", "GRAFF"),
    ),
    (
        "@DC311 somebody spraypainted the mailbox and the stop sign at 14th & Girard last night",
        ("37",),
        ("GRAFF",),
    ),
    (
        "Subject: Graffiti // Good morning, There is offensive graffiti (a slur) on the retaining wall "
        "along College Ave near 17th. Please remove asap, kids walk past it to school. Regards, Pat",
        ("37",),
        ("GRAFF",),
    ),
    (
        "someone tagged over the corner of the mural on the farmers market wall 😢 it was so pretty",
        ("99", "37"),
        ("GRAFF",),
    ),
    (
        "grafitti on the bridge over clear creek",
        ("37",),
        ("GRAFF",),
    ),
    # --- abandoned vehicles (5) ---
    (
        "silver minivan w flat tires parked on Lindbergh Dr 3+ weeks, no plates, leaves piling on the "
        "windshield",
        ("52",),
        ("S0000",),
    ),
    (
        "@BloomingtonIN there's an abandoned car in the back corner of the Kroger lot, been there "
        "since before thanksgiving 🚗🕸️",
        ("52",),
        ("S0003",),
    ),
    (
        "junker w expired tags on my street forever. pls tow",
        ("52",),
        ("S0000", "S0003"),
    ),
    (
        "there's a burned out car shell in the alley behind the apartments on Eastside Dr. RT if u "
        "seen it too",
        ("52",),
        ("S0000",),
    ),
    (
        "boat trailer parked on our street for months, never moves. is that even allowed?",
        ("52",),
        ("S0000", "S0261"),
    ),
    # --- parking (7) ---
    (
        "Someone parked across my driveway AGAIN and I can't get to work. Blue Honda. Can you ticket "
        "or tow?? 😡",
        ("44",),
        ("S0261",),
    ),
    (
        "parking meter on 4th st ate my quarters and still says expired 🙄",
        ("44",),
        ("S0276",),
    ),
    (
        "how do i get a residential parking permit? just moved to the near westside",
        ("43",),
        ("S0331",),
    ),
    (
        "cars w/o zone permits parking on our block every game day, sign literally says permit only. "
        "nobody ever enforces it",
        ("44", "43"),
        ("RPP", "S0261"),
    ),
    (
        "pickup with Ohio plates has been parked on our street every night for 2 months straight",
        ("44", "52"),
        ("S0336",),
    ),
    (
        "4 cars parked on the front lawn of the rental at 9th and Lincoln again, the yard is all mud now",
        ("29", "1"),
        None,
    ),
    (
        "garage on 4th st: gate arm stuck up and the pay machine won't take cards. just fyi @BloomingtonIN",
        ("92",),
        None,
    ),
    # --- traffic signals (6) ---
    (
        "🚦 stuck on red at 3rd & Jordan for like 10 min, people just running it now",
        ("70",),
        ("SIGTRAMA",),
    ),
    (
        "traffic light at College & 17th is out completely, all directions dark",
        ("70",),
        ("SIGTRAMA",),
    ),
    (
        "walk button at Kirkwood/Indiana doesnt do anything, never get a walk signal no matter how "
        "many times u push it",
        ("70", "66"),
        ("SIGTRAMA",),
    ),
    (
        "left turn arrow on Walnut @ Winslow only lets 2 cars thru, backs up past the Kroger every "
        "evening #traffic",
        ("70",),
        ("SIGTRAMA",),
    ),
    (
        "signal head is hanging sideways after last night's wind at Tapp & Leonard Springs, pointing "
        "at the wrong lane",
        ("70",),
        ("SIGTRAMA",),
    ),
    (
        "@DDOTDC ped countdown at 16th & U is blank, only ever shows the hand",
        ("70",),
        ("SIGTRAMA",),
    ),
    # --- signs and markings (8) ---
    (
        "stop sign knocked flat at Moores Pike and Woodruff. cars blowing right thru 🛑",
        ("86",),
        ("SIGNMISS", "S0286"),
    ),
    (
        "street name sign is missing at Hawthorne & Southdowns, delivery drivers can never find us",
        ("86",),
        ("SIGNMISS", "S0286"),
    ),
    (
        "can we get a children at play sign on our street? kids everywhere and ppl fly thru",
        ("86", "61"),
        ("S0376", "SPSTDAMA"),
    ),
    (
        "the crosswalk paint outside Fairview Elementary is basically gone #saferoutes",
        ("61", "12"),
        ("MARKMAIN",),
    ),
    (
        "yield sign on 2nd st is faded totally white, can't read it at night",
        ("86",),
        ("S0286",),
    ),
    (
        "Subject: speed limit sign // the 25 mph sign on Smith Road got turned around backwards. "
        "thx\n\nSent from my Galaxy",
        ("86",),
        ("S0286",),
    ),
    (
        "lane lines on the new pavement on Country Club never got painted, ppl driving all over the place",
        ("61", "12"),
        ("MARKINST", "MARKMAIN"),
    ),
    (
        "there's an old ROAD WORK AHEAD sign lying in the ditch on Sare, been there months, the work "
        "finished ages ago",
        ("86", "11"),
        ("S0287",),
    ),
    # --- sidewalks and curbs (7) ---
    (
        "sidewalk on N Washington heaved up like 3 inches from tree roots, my mom tripped on it 😠",
        ("34",),
        ("S0361",),
    ),
    (
        "@BloomingtonIN big cracked slab on the sidewalk in front of the library, my wheelchair can't "
        "get past it",
        ("34", "82"),
        ("S0361",),
    ),
    (
        "pls add a sidewalk on Rogers south of Country Club, ppl are walking in the road",
        ("76", "66"),
        None,
    ),
    (
        "curb busted off at the corner of 7th & Walnut, chunks of concrete in the gutter",
        ("34",),
        ("S0081",),
    ),
    (
        "contractor has the sidewalk on Kirkwood fenced off with no detour, had to push the stroller "
        "in the street",
        ("78", "66"),
        None,
    ),
    (
        "curb ramp at 3rd & Indiana has a big lip at the bottom, my chair gets stuck every single time",
        ("34", "82"),
        ("S0361", "S0081"),
    ),
    (
        "cars parked up on the sidewalk all along Dunn every weekend\nwalking in the street w my "
        "kids\nnot ok",
        ("78",),
        ("S0261",),
    ),
    # --- trees (7) ---
    (
        "big limb down across Hillside after the storm 🌳⚡ can't get thru",
        ("89", "17"),
        ("S0459", "S0457"),
    ),
    (
        "the tree on the tree lawn in front of our house is dead, bark falling off, worried it'll land "
        "on a car",
        ("89",),
        ("S0459", "S0457"),
    ),
    (
        "branches hanging so low over the sidewalk on 1st st you have to duck. can u trim? @BloomingtonIN",
        ("89",),
        ("PRUNING",),
    ),
    (
        "Can the city plant a tree in the empty spot in front of my house? the old one was cut down "
        "last year",
        ("89",),
        ("S04TP",),
    ),
    (
        "street tree leaning hard toward the house after all the rain, roots lifting the ground",
        ("89",),
        ("S0457", "S0459"),
    ),
    (
        "branches totally cover the stop sign at Park Ridge & Sheffield, you don't see it til you're "
        "on top of it",
        ("19", "89", "86"),
        ("PRUNING",),
    ),
    (
        "Subject: Tree // hello, a city tree outside 1800 E 1st St has a huge split in the trunk, you "
        "can see daylight through it. please send someone to look.\n\nSent from Yahoo Mail on Android",
        ("89",),
        ("S0457", "S0459"),
    ),
    # --- drainage (6) ---
    (
        "storm drain at Atwater & Woodlawn totally clogged w leaves, water up to the top of the curb 🌧️",
        ("57", "74"),
        None,
    ),
    (
        "Morningside & 10th floods every time it rains, like 8 inches deep, cars stalling in it #flood",
        ("74", "57"),
        None,
    ),
    (
        "grate missing off the storm drain on 1st st, just an open hole, someone is gonna break an ankle",
        ("57",),
        None,
    ),
    (
        "someone keeps pouring paint or something down the storm drain outside the apartments on "
        "Smith, it's all white and smells like chemicals",
        ("88",),
        None,
    ),
    (
        "rain runs off the new development up the hill straight into our yard, washing out our driveway",
        ("74",),
        None,
    ),
    (
        "drainage ditch along Tapp rd full of junk and standing water, the mosquitoes are unreal",
        ("74", "57"),
        None,
    ),
    # --- water and sewer (7) ---
    (
        "water gushing up out of the street at Walnut & Dodds, looks like a main broke 💦 #bloomington",
        ("13",),
        None,
    ),
    (
        "sewer smell coming up from the manhole on our street all week 🤢",
        ("14", "57"),
        None,
    ),
    (
        "sewage backing up in our basement floor drain and the neighbor has it too. who do i call??",
        ("14",),
        None,
    ),
    (
        "tap water is brownish yellow this morning at 9th and Grant, is it safe to drink?",
        ("23", "13"),
        None,
    ),
    (
        "hydrant leaking at Clark & 2nd, water running down the gutter for days now",
        ("13",),
        None,
    ),
    (
        "Subject: water bill?? // My water bill this month is $412, it's normally about $60. No leaks "
        "that I know of. Acct ending 3381.",
        ("21",),
        None,
    ),
    (
        "water pressure super low since yesterday, barely a trickle in the shower. whole east side or "
        "just us?",
        ("13",),
        None,
    ),
    # --- weeds (5) ---
    (
        "grass knee high at the vacant house on W 11th, seen snakes in there",
        ("2",),
        ("S0166",),
    ),
    (
        "empty lot next to me hasnt been mowed all summer, weeds taller than me lol",
        ("2",),
        ("S0471", "S0166"),
    ),
    (
        "weeds growing up thru the sidewalk and hanging out over it the whole block of Lincoln, can't "
        "walk 2 across",
        ("2", "34"),
        ("S0166",),
    ),
    (
        "overgrown yard 512 S Mitchell #codeenforcement",
        ("2",),
        ("S0166",),
    ),
    (
        "tall weeds in the median on the bypass, can't see oncoming traffic when you turn left",
        ("19", "2"),
        ("S0166",),
    ),
    # --- animals (6) ---
    (
        "dead deer on the shoulder of E 3rd by the Eastland Plaza turn 🦌",
        ("32",),
        ("11",),
    ),
    (
        "loose pit bull running in the street on Miller Dr, growled at my kid 😨",
        ("32",),
        None,
    ),
    (
        "neighbor's dog has been chained outside with no water in this heat for 2 days. please help",
        ("32",),
        None,
    ),
    (
        "raccoons tearing into every trash can on the block at night, can the city trap them?",
        ("90", "32"),
        None,
    ),
    (
        "rats everywhere in the alley behind the restaurants on 4th, counted 6 last night 🐀",
        ("90", "32"),
        ("S0311",),
    ),
    (
        "dead cat in the road in front of 2210 E Maxwell, pls pick up",
        ("32",),
        ("11",),
    ),
    # --- noise (3) ---
    (
        "party at the house on 14th with speakers blasting, it's 2:40am on a tuesday 😴🔊",
        (),
        None,
    ),
    (
        "crew on the city sewer project started jackhammering at 5am. is that allowed???",
        ("60", "91"),
        None,
    ),
    (
        "generator on the food truck by the courthouse square runs all night, super loud",
        ("87",),
        None,
    ),
    # --- snow and ice (5) ---
    (
        "our street hasnt been plowed at all, 3 days after the storm ❄️ Southdowns Dr #snow",
        ("27",),
        ("SRC01",),
    ),
    (
        "sidewalk in front of the bank on Kirkwood is a sheet of ice, nobody shoveled",
        ("15",),
        ("SRC01",),
    ),
    (
        "plow pushed a wall of snow across the end of my driveway again. thanks 🙃",
        ("27",),
        ("SRC01",),
    ),
    (
        "bus stop on College buried in a snowbank, ppl standing in the road waiting",
        ("15", "27"),
        ("SRC01",),
    ),
    (
        "@BloomingtonIN is the B-Line trail cleared in winter? still packed snow and ice a week later",
        ("47", "15"),
        ("SRC01", "PARKRECR"),
    ),
    # --- housing (5) ---
    (
        "landlord wont fix the heat, out for a week and its 20 degrees. i rent on W 2nd. what can the "
        "city do",
        ("1",),
        None,
    ),
    (
        "mold all over the bathroom ceiling in my apartment and the landlord ignores my texts",
        ("1",),
        None,
    ),
    (
        "abandoned house on S Rogers has the roof caving in and the porch collapsed, kids go in there",
        ("10",),
        None,
    ),
    (
        "Subject: Fwd: Re: repairs\n\n---------- Forwarded message ---------\nI've asked my property "
        "manager 5 times to fix the broken window and the front door lock. Can someone come inspect?",
        ("1",),
        None,
    ),
    (
        "brick wall on the side of the old building on 6th is bulging out and bricks fell on the sidewalk",
        ("10",),
        None,
    ),
    # --- parks (5) ---
    (
        "swing broken at Bryan Park playground, chain snapped 🛝",
        ("33",),
        ("PARKRECR",),
    ),
    (
        "restrooms at Switchyard Park locked again at 3pm, families w little kids everywhere",
        ("45", "33"),
        ("PARKRECR",),
    ),
    (
        "drinking fountain at Lower Cascades has been off all summer",
        ("33",),
        ("PARKRECR",),
    ),
    (
        "Clear Creek trail has a big washout near the Church Ln crossing, almost went in on my bike",
        ("47",),
        ("PARKRECR",),
    ),
    (
        "@BloomingtonIN my daughter's swim lessons got cancelled with no refund, who do i talk to",
        ("46",),
        ("PARKRECR",),
    ),
    # --- less common services (21) ---
    (
        "bird scooter lying across the sidewalk on Kirkwood again, 3rd one this week #scooters",
        ("85", "83", "78"),
        None,
    ),
    (
        "someone threw a bikeshare bike in the creek at Miller-Showers 🙄",
        ("83",),
        ("S0021",),
    ),
    (
        "taxi driver refused to take my service dog and yelled at me. cab 114",
        ("67",),
        None,
    ),
    (
        "people smoking right at the entrance of the bus station, the no smoking sign is right there",
        ("81",),
        None,
    ),
    (
        "@BloomingtonIN the online page to pay parking tickets just gives a 500 error, been trying all day",
        ("53", "44"),
        ("ITISSUES",),
    ),
    (
        "city map shows our street going through to Rhorer Rd but it's a dead end, GPS keeps sending "
        "semis down here",
        ("97",),
        None,
    ),
    (
        "almost got hit by a car turning right on red at 10th & Woodlawn while I had the walk signal. "
        "happens daily #visionzero",
        ("65", "12"),
        ("SPSTDAMA",),
    ),
    (
        "pls put speed humps on Maxwell ln, ppl doing 50 in a 25 🏎️",
        ("61", "12"),
        ("SPSTDAMA",),
    ),
    (
        "WE BUY HOUSES CASH signs stapled to every pole on 3rd st",
        ("9",),
        ("S0185",),
    ),
    (
        "accessible spots in the city hall lot always taken by cars w no placard",
        ("73",),
        ("S0261",),
    ),
    (
        "the new floodlight on the apartment building next door shines straight into my bedroom all night",
        ("94",),
        None,
    ),
    (
        "renewed my registration online 3 wks ago, sticker never came and my tags expire friday",
        (),
        ("DMV19",),
    ),
    (
        "is there a way to get a free smoke detector put in? my grandma's keeps chirping and she cant "
        "reach it",
        (),
        ("FESAADNU",),
    ),
    (
        "crossing guard at the school on 2nd hasn't shown up all week, kids crossing by themselves",
        ("12", "66"),
        ("SCCRGUPR",),
    ),
    (
        "neighbor burns trash in a barrel most nights, embers flying toward my fence and the shed",
        ("8",),
        None,
    ),
    (
        "gravel and sand all over the bike lane on Henderson since the construction, slid out twice",
        ("26", "66"),
        ("S0391",),
    ),
    (
        "the bronze statue downtown has a chunk broken off the base and rust running down",
        ("99",),
        None,
    ),
    (
        "new water line crew left a trench half filled in our front yard on Jackson St, it's been 3 weeks",
        ("60", "91", "58"),
        None,
    ),
    (
        "sinking patch in the road where the utility dug last month, on E Hillside, getting worse",
        ("25", "91", "60"),
        ("S0466", "S0406"),
    ),
    (
        "city crews closed Grant St for the road project but never put up detour signs, everyone stuck "
        "turning around 😵",
        ("11", "17"),
        None,
    ),
    (
        "deer eating everything in the yard and now one charged my dog 🦌",
        ("90",),
        None,
    ),
)
