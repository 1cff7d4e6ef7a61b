"""Everyday set 11: 150 US and 100 UK citizen problem reports for measuring Open311 service ranking.

Written blind on 2026-11-27 by someone who had not seen the ranker, its lexicon, or any other set
(the only existing set opened was the first 60 lines of everyday_set_10.py, to copy the file format).
Labels were fixed before any ranking was run; no ranking code was run while writing them. The only
catalogs consulted were the Bloomington and FixMyStreet service names given in the brief and the
Washington DC services.xml (codes and names).

The messages imitate what people actually send to a 311 / FixMyStreet-style system by SMS, app,
email and social media: many very short ("light out", "blocked drain"), some long and rambling with
a second complaint tacked on, about a fifth with misspellings or txt-speak, a few in ALL CAPS, many
with an address, landmark, brand name or cross streets, some angry or phrased as questions, with
some regional words (devil strip, bubbler, chippy, gully). Problem kinds follow a city's usual 311
volume (street surface, street lights, trash / recycling / yard waste / bulk, dumping, graffiti,
abandoned vehicles, parking, signals, signs and markings, sidewalks, trees, drainage, water and
sewer, weeds, animals, noise, snow and ice, housing, parks) plus roughly 15% less common requests
(scooters, taxis, food trucks, smoking, public art, website, GIS, utility cuts, close calls, traffic
calming, trails, garages, accessibility, sign clutter, crossing guards, DMV and fire-safety services).

Labelling rules:
- EVERYDAY_SET_11 rows are (message, bloomington_codes, dc_codes_or_None);
- EVERYDAY_SET_11_UK rows are (message, fixmystreet_codes); "OT" only when no other category fits;
- the codes are every service a reasonable dispatcher would accept, best first, judged from the
  service names alone; a single code when one service clearly fits; when a message mentions two
  problems the main one is labelled and the second is accepted only where a dispatcher would route
  the message there as well;
- catch-all services (Bloomington "Other" and "City Performance", DC "311 Online Reported Issues")
  are never used as labels;
- an empty Bloomington tuple means no Bloomington service fits; None means DC has no suitable
  service (DC's catalog has no storm drainage, water/sewer, animal control, noise or housing
  services).

Blind run (2026-11-27, once, at the end of stop 11): Bloomington 0.781 / 0.918, Washington DC
0.684 / 0.855, UK (FixMyStreet categories) 0.918 / 0.980 (top-1 / top-3). Held out: its errors have not
been read.
"""

EVERYDAY_SET_11: tuple[tuple[str, tuple[str, ...], tuple[str, ...] | None], ...] = (
    # --- street surface (10) ---
    (
        "pot hole on east 2nd by the dentist office, big one",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "Crater on Rogers St southbound lane right after the light. Blew a tire Tuesday night, $180 at "
        "Discount Tire. Who do I send the bill to?? Also the lines on that stretch are basically "
        "invisible when its dark and wet",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "road is crumbling at the edge on Moores Pike, whole shoulder breaking off into the ditch",
        ("25",),
        ("S0406", "S0301"),
    ),
    (
        "POTHOLES ALL OVER THE ALLEY BEHIND THE MADISON ST APARTMENTS",
        ("25",),
        ("S0016", "S0301"),
    ),
    (
        "utility company dug up the road in front of 414 S Fess and the patch has sunk like 4 inches",
        ("25", "91"),
        ("S0466", "S0406"),
    ),
    (
        "speed bump on Maxwell Ln is broken in half, chunks of asphalt laying in the road",
        ("25", "26"),
        ("S0406",),
    ),
    (
        "can somebody fill the hole at the entrance to the Kroger plaza off 3rd? its on the city side "
        "not in the lot",
        ("25",),
        ("S0301", "S0406"),
    ),
    (
        "sinkhole startin on Lincoln st near 4th, the cone somebody put in it keeps gettin knocked over",
        ("25",),
        ("S0406", "S0301"),
    ),
    (
        "gravel and sand all over the road at the bottom of the hill on Hillside after the rain, bikes "
        "are sliding out",
        ("26",),
        ("S0391",),
    ),
    (
        "brick street on N Washington has bricks popping loose, a few missing entirely now",
        ("25",),
        ("S0406",),
    ),
    # --- street lights (9) ---
    (
        "light out",
        ("69",),
        ("S05SL",),
    ),
    (
        "streetlight on the corner of Atwater and Henderson flickers on and off all night like a disco",
        ("69",),
        ("S05SL",),
    ),
    (
        "3 street lights in a row dark on W 11th between Rogers and Maple Grove. pitch black, people "
        "walk dogs here at night",
        ("69",),
        ("S05SL",),
    ),
    (
        "street lite out in front of 902 n dunn ,been a month",
        ("69",),
        ("S05SL",),
    ),
    (
        "Light pole got hit by a car at 17th and Walnut, leaning over the sidewalk with wires hanging "
        "out of the base",
        ("69",),
        ("S05SL",),
    ),
    (
        "The streetlight outside my bedroom window stays on 24/7 including all day. Waste of taxpayer money.",
        ("69",),
        ("S05SL",),
    ),
    (
        "could we get a street light at the end of Ridgeview Ct? there's none at all and the cul de "
        "sac is totally dark",
        ("93",),
        None,
    ),
    (
        "alley light behind the laundromat on 10th is out, people doing sketchy stuff back there now",
        ("69",),
        ("S05AL", "S05SL"),
    ),
    (
        "the new LED street light they put in is SO bright it lights up my whole bedroom, can they put "
        "a shield on it",
        ("94", "69"),
        ("S05SL",),
    ),
    # --- trash (7) ---
    (
        "trash not picked up on hawthorn dr this wk",
        ("5",),
        ("S0441",),
    ),
    (
        "my cart got skipped AGAIN. 3rd time since september. the truck drove right past it, I watched "
        "it happen. and while Im at it the recycling guy leaves the empty bins in the middle of the "
        "street every week so I have to dodge them backing out",
        ("5",),
        ("S0441",),
    ),
    (
        "garbage truck crushed the lid on my bin, need a new one",
        ("5",),
        ("TRACO001", "S0451"),
    ),
    (
        "How do I get a bigger trash can? family of 6 and the little one isn't cutting it",
        ("5",),
        ("S0451",),
    ),
    (
        "the trash guys dumped half my can in the street and drove off. garbage all over the road now",
        ("5", "26"),
        ("S0441", "S0391"),
    ),
    (
        "neighbor puts trash out in bags with no can and raccoons rip them open every nite, crap all "
        "over the yard next door",
        ("5",),
        ("S0346",),
    ),
    (
        "public trash can at Kirkwood & Dunn overflowing onto the sidewalk, pizza boxes everywhere",
        ("5",),
        ("S0217",),
    ),
    # --- recycling (5) ---
    (
        "recycling missed",
        ("36",),
        ("S0321",),
    ),
    (
        "Recycle bin wasnt emptied friday on S Highland Ave, looks like the whole street got skiped",
        ("36",),
        ("S0321",),
    ),
    (
        "need a recycling bin, just moved in and theres only the trash one",
        ("36",),
        ("S0316",),
    ),
    (
        "wheel broke off the blue recycling cart",
        ("36",),
        ("RECCONRE",),
    ),
    (
        "do u guys take pizza boxes and #5 plastics in recycling or not?? getting different answers "
        "from everybody",
        ("36",),
        ("S0322",),
    ),
    # --- yard waste / leaves (4) ---
    (
        "yard waste bags sittin at curb 2 weeks now, was told pick up was monday",
        ("35",),
        ("S0476",),
    ),
    (
        "when does leaf pickup start on the east side? leaves piled at the curb already",
        ("35",),
        ("S0196",),
    ),
    (
        "brush pile not collected, tree limbs from the storm, 3300 block E Covenanter",
        ("35",),
        ("S0476",),
    ),
    (
        "leaf vacuum truck skipped our street, Wylie st, piles blowing back into the gutters",
        ("35",),
        ("S0196",),
    ),
    # --- bulk (3) ---
    (
        "how do i schedule pick up for a old couch",
        ("5",),
        ("S0031",),
    ),
    (
        "Scheduled bulk pickup for a mattress and box spring last Tuesday, have the confirmation # in "
        "my email, nobody came",
        ("5",),
        ("S0031",),
    ),
    (
        "Tenants moved out and left furniture, a TV, and like 20 bags at the curb in front of 615 W "
        "6th. landlord says its the city's problem now",
        ("5",),
        ("S0031", "S0181"),
    ),
    # --- dumping (5) ---
    (
        "someone dumped tires behind the old Kmart on the west side, like 30 of them",
        ("5",),
        ("S0181",),
    ),
    (
        "illegal dumping",
        ("5",),
        ("S0181",),
    ),
    (
        "There is a pile of trash bags and a broken dresser dumped in the alley behind the 700 block "
        "of N Fairview. Been there over a week and it's attracting rats.",
        ("5",),
        ("S0181", "S0311"),
    ),
    (
        "guy in a white pickup just dumped a load of junk in the creek off Clear Creek Trl, got a pic "
        "of his plate",
        ("5", "88"),
        ("S0181",),
    ),
    (
        "mattress dumped on the sidewalk at 14th and Lincoln, u cant get a stroller past it",
        ("5", "78"),
        ("S0181",),
    ),
    # --- graffiti (5) ---
    (
        "graffiti on the stop sign at Grant and 1st",
        ("37", "86"),
        ("GRAFF",),
    ),
    (
        "someone tagged the whole side of the B-Line underpass with spraypaint overnight",
        ("37",),
        ("GRAFF",),
    ),
    (
        "can i get paint from the city to cover grafitti on my garage? they hit it again",
        ("37",),
        ("KIT",),
    ),
    (
        "TAGS ON EVERY ELECTRICAL BOX ALONG COLLEGE AVE",
        ("37",),
        ("GRAFF",),
    ),
    (
        "somebody wrote swear words in sharpie all over the slide at the Bryan Park playground",
        ("37", "33"),
        ("GRAFF", "PARKRECR"),
    ),
    # --- abandoned vehicles (5) ---
    (
        "abandoned vehicle",
        ("52",),
        ("S0000",),
    ),
    (
        "silver Camry with 2 flat tires and expired 2023 tags parked on Arden Dr for over a month, "
        "never moves. Also the street light right above it has been out since summer so that whole "
        "stretch is dark, not sure if I need to do a separate report for that",
        ("52",),
        ("S0000",),
    ),
    (
        "junked van in the lot of the apartment complex next to me, no plates, windows busted out. "
        "management doesnt do anything",
        ("52",),
        ("S0003",),
    ),
    (
        "boat trailer w/ no boat sitting on the street for weeks on E Sheffield",
        ("52",),
        ("S0000",),
    ),
    (
        "RV been parked in front of my house since july, pretty sure sum1 is living in it",
        ("52",),
        ("S0000",),
    ),
    # --- parking (7) ---
    (
        "SOMEONE PARKED ACROSS MY DRIVEWAY AND I CANT GET OUT FOR WORK",
        ("44", "12"),
        ("S0261",),
    ),
    (
        "people parking in the handicap spots at the library w/o placards every single day",
        ("73",),
        ("S0261",),
    ),
    (
        "neighbor parks 3 cars on his front lawn, grass is all mud now",
        ("29",),
        ("S0261",),
    ),
    (
        "got a parking ticket even though I paid on the ParkMobile app, I have the receipt. how do I "
        "contest it?",
        ("44",),
        ("DMV48", "DMV40"),
    ),
    (
        "meter on Kirkwood in front of the theater eats quarters and doesn't give any time",
        ("44",),
        ("S0276",),
    ),
    (
        "how do I get a residential parking permit for the near west side zone? moved in in aug",
        ("43",),
        ("S0331",),
    ),
    (
        "Car with Ohio plates parked in our resident permit zone for 3 months, never gets ticketed",
        ("43", "44"),
        ("S0336", "RPP"),
    ),
    # --- signals (5) ---
    (
        "signal stuck on red at 2nd and Walnut",
        ("70",),
        ("SIGTRAMA",),
    ),
    (
        "the left turn arrow at 3rd & Jordan never turns green unless a car is right on top of the "
        "sensor, bikes can't trigger it at all",
        ("70",),
        ("SIGTRAMA", "S0021"),
    ),
    (
        "TRAFFIC LIGHTS OUT AT 10TH AND THE BYPASS!!! cars just going, someone's gonna get killed",
        ("70",),
        ("SIGTRAMA",),
    ),
    (
        "walk signal button at Kirkwood/Indiana doesnt work, pressed it like 10 times",
        ("70",),
        ("SIGTRAMA",),
    ),
    (
        "Green light on College at 6th is way too short, like 3 cars get through. backs up to 10th "
        "every evening",
        ("70", "61"),
        ("SIGTRAMA",),
    ),
    # --- signs and markings (7) ---
    (
        "stop sign knocked down @ marilyn and allendale",
        ("86",),
        ("SIGNMISS", "S0286"),
    ),
    (
        "bushes totally covering the yield sign at Rockport Rd, you can't see it until you're already past",
        ("19", "86"),
        ("PRUNING", "S0286"),
    ),
    (
        "we need a children at play sign on Sunny Slopes Dr, cars fly down here",
        ("86", "61"),
        ("S0376", "SPSTDAMA"),
    ),
    (
        "street name sign missing at the corner of Glenwood E and Woodscrest, GPS drivers keep missing "
        "the turn",
        ("86",),
        ("SIGNMISS",),
    ),
    (
        "crosswalk paint is totally worn off on 7th by the elementary school",
        ("86", "66"),
        ("MARKMAIN",),
    ),
    (
        "lane lines are gone on the Bypass near the Kroger, at night in the rain u literally cant tell "
        "where ur lane is",
        ("86", "25"),
        ("MARKMAIN",),
    ),
    (
        "'No Parking - Tow Away Zone' signs still up for a construction job that finished months ago",
        ("86", "9"),
        ("S0287",),
    ),
    # --- sidewalks (7) ---
    (
        "sidewalk heaved up by tree roots on E 1st, tripped and broke my wrist last week",
        ("34", "89"),
        ("S0361",),
    ),
    (
        "sidewalk broken",
        ("34",),
        ("S0361",),
    ),
    (
        "There's no sidewalk on Winslow Rd between the school and the apartments and kids walk in the "
        "road every morning. Can the city put one in?",
        ("76",),
        ("SAROTOSC",),
    ),
    (
        "curb ramp at Atwater & Woodlawn is crumbled, wheelchair can't get up it",
        ("34", "82"),
        ("S0081", "S0361"),
    ),
    (
        "Big gap/lip between slabs in front of 318 s Dunn, like a 3 inch drop, my mom caught her "
        "walker on it",
        ("34",),
        ("S0361",),
    ),
    (
        "sidewlk covered in broken glass by the bus stop on kirkwood",
        ("26",),
        ("S0391",),
    ),
    (
        "Construction company has the sidewalk on 4th closed with fencing, no detour, everyone walking "
        "in traffic. been 3 weeks.",
        ("78", "11"),
        None,
    ),
    # --- trees (6) ---
    (
        "huge limb hangin over the road on Ballantine, crackd half way thru",
        ("89",),
        ("S0457", "PRUNING"),
    ),
    (
        "tree down across the whole road on Sheffield Dr, can't get in or out",
        ("89", "17"),
        ("S0459", "S0457"),
    ),
    (
        "dead ash tree between the sidewalk and the street in front of 1110 E Wylie, leaves never came "
        "back this year. can it be removed before it falls on someone",
        ("89",),
        ("S0459", "S0457"),
    ),
    (
        "branches so low over the sidewalk on S Jordan i have to duck, and im 5'6",
        ("89",),
        ("PRUNING",),
    ),
    (
        "can the city plant a tree in the empty devil strip in front of my house? old one was cut down "
        "2 yrs ago",
        ("89",),
        ("S04TP",),
    ),
    (
        "tree branches tangled in the power lines along Kinser Pike, sparking when it's windy",
        ("58", "89"),
        ("PRUNING",),
    ),
    # --- drainage (6) ---
    (
        "storm drian clogged w leaves",
        ("57",),
        None,
    ),
    (
        "whole intersection at Henderson & Hillside floods every time it rains, water over the curb "
        "and into yards",
        ("74", "57"),
        None,
    ),
    (
        "new subdivision uphill is sending mud and water down into our backyards every rain, never "
        "happened before they cleared the land",
        ("74",),
        None,
    ),
    (
        "culvert under the road on Bethel Ln blocked w/ branches, water going right over the road",
        ("57", "74"),
        None,
    ),
    (
        "someone's draining their pool into the storm drain, blue chlorine water running down the gutter",
        ("88",),
        None,
    ),
    (
        "standing water in the gutter on W Kirkwood for a week now, mosquitoes breeding in it",
        ("74", "57"),
        ("INSECTS",),
    ),
    # --- water and sewer (7) ---
    (
        "water main break at 5th and Park, water gushing up through the road",
        ("13",),
        ("S0466",),
    ),
    (
        "sewage backing up into my basement floor drain, smells awful",
        ("14",),
        None,
    ),
    (
        "no water pressure on our whole street since this morning",
        ("13",),
        None,
    ),
    (
        "tap water is brown n smells like metal, 2nd day now. is it safe to drink??",
        ("23",),
        None,
    ),
    (
        "my water bill is $412 this month, normally like $60. nobody has a leak. who do I talk to",
        ("21",),
        None,
    ),
    (
        "manhole on E 3rd keeps overflowing raw sewage into the street when it rains",
        ("14",),
        None,
    ),
    (
        "Water leaking out of the ground by the meter pit in my front yard, running down the sidewalk "
        "for days",
        ("13",),
        None,
    ),
    # --- weeds (4) ---
    (
        "weeds",
        ("2",),
        ("S0166",),
    ),
    (
        "grass at the vacant house on W 9th is like 3 ft tall, snakes n rats",
        ("2",),
        ("S0471", "S0166"),
    ),
    (
        "overgrown bushes from the corner lot block the view of oncoming cars when you pull out onto "
        "Smith Rd",
        ("19", "2"),
        ("S0166",),
    ),
    (
        "Empty lot next to the Dollar General full of weeds and trash",
        ("2", "5"),
        ("S0471",),
    ),
    # --- animals and wildlife (6) ---
    (
        "dead deer on the side of Hwy 46 near the Walmart",
        ("32", "26"),
        ("11",),
    ),
    (
        "pit bull loose runnin around the neighborhood on Crescent, chased my kid",
        ("32",),
        None,
    ),
    (
        "neighbor leaves their dog chained outside with no water and it's 95 degrees out",
        ("32",),
        None,
    ),
    (
        "raccoon living in the storm drain in front of my house and getting into everybody's trash",
        ("90",),
        None,
    ),
    (
        "rats everywhere in the alley behind the restaurants on 4th st, saw like 10 last night",
        ("90", "32"),
        ("S0311",),
    ),
    (
        "bats in the attic of the apartment, landlord won't deal with it",
        ("1", "90"),
        None,
    ),
    # --- noise (3) ---
    (
        "bar on Kirkwood blasting music til 3am on a weeknight, windows shaking",
        ("63",),
        None,
    ),
    (
        "construction crew on the city sewer project starting jackhammering at 5:30am",
        ("11",),
        None,
    ),
    (
        "leaf blowers at 6am on a sunday. is there a noise ordinance or not",
        (),
        None,
    ),
    # --- snow and ice (6) ---
    (
        "our street hasn't been plowed at all, its been 2 days. Arden Dr",
        ("27",),
        ("SRC01",),
    ),
    (
        "plow left a 4 foot wall of snow across the end of my driveway AGAIN",
        ("27",),
        ("SRC01",),
    ),
    (
        "sidewalks on Kirkwood not shoveled in front of the vacant storefronts, sheet of ice",
        ("15",),
        ("SRC01",),
    ),
    (
        "black ice on the hill on Jordan Ave by the dorms, cars sliding thru the stop sign. needs salt",
        ("27",),
        ("SRC01",),
    ),
    (
        "bus stop on 10th buried under a snow pile from the plow, people standing in the street to wait",
        ("27", "15"),
        ("SRC01",),
    ),
    (
        "is the city going to plow the bike lanes or nah",
        ("27", "66"),
        ("SRC01", "S0021"),
    ),
    # --- housing (5) ---
    (
        "landlord wont fix the heat, been w/o it 9 days, we have a baby",
        ("1",),
        None,
    ),
    (
        "mold in every room of my rental and management says its my fault",
        ("1",),
        None,
    ),
    (
        "abandoned house at 802 W 7th with the doors open, kids going in and out, roof half caved in",
        ("10",),
        None,
    ),
    (
        "neighbor has a huge pile of old furniture and cardboard stacked against the house, and they "
        "burn stuff in a barrel. feels like a fire waiting to happen",
        ("8",),
        None,
    ),
    (
        "Rental house at 1520 N Lincoln has 8 people living in it, broken windows, garbage piled on "
        "the porch. Is this even legal?",
        ("1",),
        None,
    ),
    # --- parks (5) ---
    (
        "swing broke at the playground in bryan park, chain snapped",
        ("33",),
        ("PARKRECR",),
    ),
    (
        "bathrooms at Lower Cascades locked all weekend, people going in the woods",
        ("45", "33"),
        ("PARKRECR",),
    ),
    (
        "needles in the sandbox at Building Trades park!!!",
        ("33",),
        ("PARKRECR",),
    ),
    (
        "the bubbler by the Switchyard Park splash pad hasnt worked since last week",
        ("33",),
        ("PARKRECR",),
    ),
    (
        "tried to sign my kid up for the summer day camp online and it keeps saying full but the "
        "waitlist link is broken",
        ("46", "53"),
        ("PARKRECR",),
    ),
    # --- less common (23) ---
    (
        "bird scooter laying across the sidewalk at 4th and Dunn, someone in a wheelchair couldn't get by",
        ("85", "83", "78"),
        ("PVDNUSIT", "S0021"),
    ),
    (
        "lime scooters piled up in the bike rack by the library",
        ("83",),
        ("PVDNUSIT", "S0021"),
    ),
    (
        "taxi driver charged me $40 for a ride from the airport shuttle stop to campus and refused to "
        "turn on the meter",
        ("67",),
        None,
    ),
    (
        "food truck on Kirkwood parks in the loading zone every friday and runs a loud generator all night",
        ("87",),
        None,
    ),
    (
        "people smoking right outside the entrance of city hall, smoke comes right in the door",
        ("81",),
        None,
    ),
    (
        "the big metal sculpture at the roundabout on Sare is rusting and one of the panels is hanging loose",
        ("99",),
        None,
    ),
    (
        "your website's 'report a problem' map won't load on my iphone, just spins forever",
        ("53",),
        None,
    ),
    (
        "map on the city website shows my house in the wrong trash zone, says Monday but my pickup is "
        "Thursday",
        ("97", "5"),
        None,
    ),
    (
        "fiber crew left open trenches and orange fencing all along my yard on Brown St for 2 months, "
        "grass torn up",
        ("91", "60"),
        ("S0466",),
    ),
    (
        "Almost got hit by a car turning right on red at 3rd and Indiana while I had the walk signal. "
        "this is the 3rd time. this intersection needs a no turn on red",
        ("65", "61"),
        ("S0376", "SPSTDAMA"),
    ),
    (
        "cars going 50+ on Maxwell Ln which is 25, need speed humps please",
        ("61", "12"),
        ("SPSTDAMA",),
    ),
    (
        "bike lane on Bloomfield Rd full of parked cars every morning",
        ("66", "44"),
        ("S0021", "S0261"),
    ),
    (
        "B-Line trail has a big washout next to the path near Country Club, edge collapsing",
        ("47",),
        ("PARKRECR",),
    ),
    (
        "yard signs and 'we buy houses' signs stapled to every utility pole along 45/46",
        ("9",),
        ("S0185",),
    ),
    (
        "the parking garage on Walnut has water pouring through the ceiling on level 3 and the "
        "elevator is broken",
        ("92",),
        None,
    ),
    (
        "no accessible entrance to the community center when the ramp door is locked, had to wait "
        "outside in my chair",
        ("82", "45"),
        ("PARKRECR",),
    ),
    (
        "Store on W 3rd has their sandwich board signs and merchandise racks taking up the whole sidewalk",
        ("78", "63"),
        ("PVDNUSIT",),
    ),
    (
        "flashing lights from the car wash sign on S Walnut blinding drivers at night",
        ("94",),
        None,
    ),
    (
        "school crossing guard wasn't at Templeton Elementary this morning, kids crossing 2nd st alone",
        ("12",),
        ("SCCRGUPR",),
    ),
    (
        "my car registration renewal online keeps erroring out at the payment page",
        (),
        ("ITISSUES", "DMV19"),
    ),
    (
        "city garbage truck speeding down our alley at like 40mph",
        ("12",),
        ("HMDCP",),
    ),
    (
        "where can I get my kids car seat checked/installed for free?",
        (),
        ("CHSASEPR",),
    ),
    (
        "im a senior and need smoke detectors installed, does the fire dept do that?",
        (),
        ("FESAADNU",),
    ),
)

EVERYDAY_SET_11_UK: tuple[tuple[str, tuple[str, ...]], ...] = (
    # --- potholes (10) ---
    (
        "pothole",
        ("PH",),
    ),
    (
        "Massive pothole on the A38 slip road by the Toby Carvery, nearly lost my front wheel. "
        "Reported it on here in the summer and someone came out, sprayed a white circle round it and "
        "that was it. Also the cats eyes on that bit are all missing",
        ("PH",),
    ),
    (
        "theres a pot hole outside no 23 Elm Grove thats been there since xmas, fill it in ffs",
        ("PH",),
    ),
    (
        "Potholes all along Church Lane between the school and the Co-op, it's more hole than road at "
        "this point",
        ("PH",),
    ),
    (
        "the patch repair they did last month on Station Rd has already broken up again, total waste "
        "of money",
        ("PH", "RH"),
    ),
    (
        "deep pothole in the cycle lane on Hills Road, cyclists swerving out into traffic to avoid it",
        ("PH",),
    ),
    (
        "POTHOLE AT THE JUNCTION OF MILL ST AND HIGH ST HAS BURST MY TYRE. WHO DO I CLAIM FROM",
        ("PH",),
    ),
    (
        "hole in the road next to the bus stop on Queens Rd fills with water and every car that goes "
        "past soaks the people waiting",
        ("PH", "DR"),
    ),
    (
        "road surface breaking up at the entrance to the Asda roundabout, loose chippings flying everywhere",
        ("PH", "RH"),
    ),
    (
        "sunken manhole cover in the road on Park Ave, makes a right clatter every time a lorry goes "
        "over at 3am",
        ("RH", "PH"),
    ),
    # --- street lighting (9) ---
    (
        "street light not working outside 14 Rosemary Close",
        ("SL",),
    ),
    (
        "lamp post flickering all night on Beech Rd, like a strobe",
        ("SL",),
    ),
    (
        "streetlamp on all day long outside the newsagents on Fore St",
        ("SL",),
    ),
    (
        "The whole of Manor Way is in darkness, at least 5 lights out. Women walking home from the "
        "station late at night, it's not safe",
        ("SL",),
    ),
    (
        "lamp post knocked over by a lorry at the end of Granby St, cables exposed",
        ("SL",),
    ),
    (
        "street lite out by the underpass, its well dodgy down there at nite",
        ("SL",),
    ),
    (
        "door on the light column by the Spar is hanging open, wires showing, kids messing with it",
        ("SL",),
    ),
    (
        "the new LED streetlight is shining straight into my daughters bedroom, can a shield be fitted "
        "please",
        ("SL",),
    ),
    (
        "Path lights through the park between Castle St and the leisure centre have been off for weeks",
        ("SL", "PK"),
    ),
    # --- flytipping (8) ---
    (
        "fly tipping",
        ("FT",),
    ),
    (
        "Someones dumped a fridge freezer and a load of black bags in the lay-by on the B1040",
        ("FT",),
    ),
    (
        "builders rubble and plasterboard dumped in the field gateway off Wood Lane. it was a white "
        "transit, got part of the reg",
        ("FT",),
    ),
    (
        "Pile of rubbish dumped round the back of the garages on Hawthorn Rd, rats everywhere now",
        ("FT",),
    ),
    (
        "somone has dumped about 20 tyres by the canal towpath near lock 12",
        ("FT",),
    ),
    (
        "asbestos sheets dumped in the lane off Hollow Rd, please send someone who knows how to handle it",
        ("FT",),
    ),
    (
        "a whole kitchen dumped on the pavement outside the flats on Albert Rd - cupboards, worktop, "
        "sink. can't get a buggy past",
        ("FT", "PV"),
    ),
    (
        "bags of garden waste and hedge cuttings tipped on the verge at Green Lane",
        ("FT",),
    ),
    # --- bins (8) ---
    (
        "bin not colected",
        ("RR",),
    ),
    (
        "Our recycling wasn't collected on Tuesday, whole of Oak Ave missed. Green bins still out.",
        ("RR",),
    ),
    (
        "bin men missed our road AGAIN!! 2nd week running. brown bin stinking in this heat",
        ("RR",),
    ),
    (
        "need a replacement wheelie bin, ours went in the back of the lorry and never came out",
        ("RR",),
    ),
    (
        "how do i book a bulky waste collection for an old wardrobe and a washing machine",
        ("RR",),
    ),
    (
        "binmen spilt rubbish all down the road and just left it",
        ("RR", "SC"),
    ),
    (
        "Food waste caddy not emptied for 3 weeks",
        ("RR",),
    ),
    (
        "I'm disabled and can't get the bin to the kerb, the crew used to take it from the drive "
        "(assisted collection) but they've stopped",
        ("RR",),
    ),
    # --- street cleaning (6) ---
    (
        "Overflowing litter bin at the bus shelter on Mount Pleasant, rubbish blowing everywhere",
        ("SC", "RR"),
    ),
    (
        "broken glass all over the pavement outside the Red Lion after the weekend",
        ("SC",),
    ),
    (
        "Leaves piled up on Kings Drive, slippery as anything and blocking the gutters",
        ("SC", "DR"),
    ),
    (
        "dead fox in the road on Beacon Hill",
        ("SC",),
    ),
    (
        "needles and syringes in the alleyway behind Argyle St",
        ("SC",),
    ),
    (
        "the street hasnt been swept in months, litter and takeaway boxes piling up in the gutters on "
        "Kensington Rd",
        ("SC",),
    ),
    # --- dog fouling (5) ---
    (
        "dog mess all ova the pavement on meadow way",
        ("DF",),
    ),
    (
        "DOG POO ON THE PATH TO THE PRIMARY SCHOOL EVERY MORNING. KIDS TREADING IT INTO CLASS",
        ("DF",),
    ),
    (
        "bagged dog poo hanging in the hedges along the footpath by the allotments, why bother bagging it",
        ("DF",),
    ),
    (
        "Can we have a dog waste bin at the entrance to the rec? nearest one is half a mile away",
        ("DF", "PK"),
    ),
    (
        "bloke lets his staffy foul on the grass verge outside my house every morning and never picks up",
        ("DF",),
    ),
    # --- graffiti (5) ---
    (
        "grafitti on the bridge",
        ("GR",),
    ),
    (
        "racist graffiti sprayed on the bus shelter on Cross St, needs removing urgently",
        ("GR", "BS"),
    ),
    (
        "tags all over the shutters and walls along the parade on Bath Rd",
        ("GR",),
    ),
    (
        "someones spray painted the war memorial",
        ("GR",),
    ),
    (
        "stickers and graffiti all over the road signs at the junction of Moor Lane and the A6",
        ("GR", "SG"),
    ),
    # --- pavements (8) ---
    (
        "uneven paving slab outside Boots on the high street, my nan tripped on it",
        ("PV",),
    ),
    (
        "kerb broken at the crossing on London Rd, big chunk missing",
        ("PV",),
    ),
    (
        "tree roots lifting the tarmac on the footpath along Lime Ave, proper trip hazard",
        ("PV", "TR"),
    ),
    (
        "pavement completely overgrown with brambles by the railway bridge, have to walk in the road",
        ("PV", "TR"),
    ),
    (
        "dropped kerb needed at the corner of Clarence St, no way to get a wheelchair off the pavement",
        ("PV",),
    ),
    (
        "The footpath between Cherry Tree Rd and the Co-op is a mudbath, the surface has completely gone",
        ("PV",),
    ),
    (
        "paving slabs rocking outside the chippy, when it rains they squirt water up your leg",
        ("PV",),
    ),
    (
        "icy pavements on the hill up to the station, nobody gritted them, I went flying this morning",
        ("PV", "RH"),
    ),
    # --- abandoned vehicles (3) ---
    (
        "abandoned car",
        ("AV",),
    ),
    (
        "Blue Corsa parked on Lavender Rd for 3 months, flat tyres, untaxed, covered in bird muck. Its "
        "also half up on the pavement so wheelchairs have to go in the road, and the lamp post next to "
        "it has been out for ages as well",
        ("AV",),
    ),
    (
        "burnt out moped dumped on the green behind the flats",
        ("AV", "FT"),
    ),
    # --- car parking (5) ---
    (
        "cars parked on the pavement all along Elm St, cant get the pushchair past",
        ("CP", "PV"),
    ),
    (
        "People parking on the zigzags outside the school every pick up, it's dangerous",
        ("CP", "RM"),
    ),
    (
        "pay machine broken at the Priory Street car park, and the app doesnt work either",
        ("CP",),
    ),
    (
        "how do I apply for a residents parking permit for zone C",
        ("CP",),
    ),
    (
        "van parked across my dropped kerb for 2 days, can't get my car out",
        ("CP",),
    ),
    # --- drainage (6) ---
    (
        "blocked drain",
        ("DR",),
    ),
    (
        "road gully blocked outside 8 Fern Close, whole road floods wen it rains and the water comes "
        "right up our drive. reported it in march and nothing, whats the point",
        ("DR",),
    ),
    (
        "Water pouring off the field onto the lane at Top Farm every time it rains, lane turns into a river",
        ("DR",),
    ),
    (
        "drain cover missing in the road on Water Lane, huge hole",
        ("DR", "RH"),
    ),
    (
        "ditch along Mill Road not been cleared for years, flooding the gardens",
        ("DR",),
    ),
    (
        "flooding under the railway bridge on Station Rd again, cars stranded, somebody please clear "
        "the drains",
        ("DR",),
    ),
    # --- trees (5) ---
    (
        "tree fallen across the footpath in Coronation Park",
        ("TR", "PK"),
    ),
    (
        "council tree outside no.41 blockin all the light to my front room, wen will it be pruned??",
        ("TR",),
    ),
    (
        "large branch hanging off the oak on Vicarage Rd after the storm, looks like it'll come down "
        "any minute",
        ("TR",),
    ),
    (
        "dead tree on the verge by the roundabout, leaning towards the road",
        ("TR",),
    ),
    (
        "overhanging branches on Grove Rd hitting the tops of buses and lorries",
        ("TR",),
    ),
    # --- roads (5) ---
    (
        "mud all over the road from the building site on Harvey Way, lorries tracking it out",
        ("RH", "SC"),
    ),
    (
        "Temporary traffic lights on the A49 been up a week and no one working there",
        ("RH", "TL"),
    ),
    (
        "road not gritted on Windmill Hill, cars sliding back down",
        ("RH",),
    ),
    (
        "oil spill across both lanes on Bristol Rd after a bus broke down, very slippery",
        ("RH", "SC"),
    ),
    (
        "Speeding traffic down Cromwell Rd, need speed bumps or a camera before someone's killed",
        ("RH",),
    ),
    # --- markings (2) ---
    (
        "give way lines at the junction with Kings Rd have worn away, people pulling straight out",
        ("RM",),
    ),
    (
        "zebra crossing stripes faded outside the Co-op on Mill Lane",
        ("RM",),
    ),
    # --- signs (3) ---
    (
        "road sign knocked down at the roundabout",
        ("SG",),
    ),
    (
        "speed limit sign on Ferry Rd is covered by ivy, cant see it",
        ("SG", "TR"),
    ),
    (
        "ONE WAY SIGN SPUN ROUND ON CASTLE ST, cars going the wrong way",
        ("SG",),
    ),
    # --- traffic lights (3) ---
    (
        "traffic lights stuck on red at the Tesco junction",
        ("TL",),
    ),
    (
        "pedestrian crossing on Broad St the green man doesnt come on at all",
        ("TL",),
    ),
    (
        "LIGHTS AT QUEENS RD / HILL ST ALL OUT, absolute carnage",
        ("TL",),
    ),
    # --- bus stops (2) ---
    (
        "bus shelter glass smashed on Victoria Rd",
        ("BS",),
    ),
    (
        "timetable at the stop by the hospital is 2 years out of date",
        ("BS",),
    ),
    # --- parks (3) ---
    (
        "swings at Jubilee Park chained up for months, when will they be fixed",
        ("PK",),
    ),
    (
        "broken bottles all over the kids play area in Victoria Park",
        ("PK", "SC"),
    ),
    (
        "grass not bin cut on the rec since may, its knee high lol",
        ("PK",),
    ),
    # --- street nameplates (2) ---
    (
        "street sign for Hazel Grove missing, delivery drivers can never find us",
        ("SN",),
    ),
    (
        "nameplate on the wall at the end of Cobden St is smashed and hanging off",
        ("SN",),
    ),
    # --- other (2) ---
    (
        "noisy nieghbours evry nite music til 4am, cant sleep",
        ("OT",),
    ),
    (
        "rats in my back gardn comin from next doors",
        ("OT",),
    ),
)
