"""Second UK everyday set: 150 resident reports labelled with FixMyStreet service codes.

What it is: messages written the way residents across the UK contact their council -
FixMyStreet titles with a line of detail, emails to a contact address, texts, posts
tagging the council, and a few formal letters from older residents. Places span London
boroughs, northern towns, Scotland, Wales and rural villages; problems are described
by their effect as often as by their name, and roughly a fifth contain typos. The mix
follows rough FixMyStreet volume (potholes, lights, fly-tipping and bins most common).

Provenance: written and labelled blind by a helper on 2026-11-27 before any ranking was
run, without reading the ranking code, its tests, or any other everyday set. Only the
category list (FMS_CATALOG) was consulted.

Labelling rules: each message carries the tuple of category codes a council dispatcher
would accept, best first. Several codes are given when several genuinely fit (e.g. a
hole in the footway: PV then PH; a blocked gully flooding the road: DR then RH). "OT" is
used only when nothing else fits, and messages were chosen to fit a real category.

That blind run gave 0.880 / 0.947 (FixMyStreet's categories)
(top-1 / top-3, zero-shot). Its errors were then read and fixed (stop 10), so figures on this set are no
longer blind.
"""

EVERYDAY_SET_UK2: tuple[tuple[str, tuple[str, ...]], ...] = (
    # --- Potholes and road surface ---
    (
        "Pothole on Stockport Road outside the Co-op. Burst my front tyre on it last night, "
        "it's about a foot across and full of water so you can't see it.",
        ("PH", "RH"),
    ),
    (
        "Huge hole in the road at the junction of Mill Lane and Church St, cars swerving round it",
        ("PH", "RH"),
    ),
    (
        "@LeedsCC there's a crater on Harehills Lane near the lights, nearly came off my bike. "
        "Please sort before someone gets hurt",
        ("PH", "RH"),
    ),
    (
        "Dear Sir or Madam, I wish to report a deep pothole in the carriageway of Abbey Road, "
        "Barrow, opposite number 47. It has been there for some weeks and is getting worse.",
        ("PH", "RH"),
    ),
    ("pot hole on the B4391 just past bala, my wheel rim is bent", ("PH", "RH")),
    (
        "Road surface breaking up - Duke Street. Loose chippings everywhere "
        "and the tarmac is crumbling at the edges",
        ("RH", "PH"),
    ),
    (
        "Collapsed manhole cover / sunken road by the school gates on Glebe Road. "
        "There's a dip you can feel every time you drive over it.",
        ("RH", "PH", "DR"),
    ),
    (
        "Series of potholes the whole length of Back Lane, Hurworth. Its like driving on the moon",
        ("PH", "RH"),
    ),
    ("Theres a massive pothoel on Kirkstall Rd by the Aldi entrance, been there months", ("PH",)),
    (
        "Hi, the patch you filled on Queens Drive in the spring has sunk again and there's "
        "a hole forming round the edge of it. Could someone come back and look?",
        ("PH", "RH"),
    ),
    (
        "Road edge has crumbled away on the lane to Little Wenlock, verge is falling into the road",
        ("RH", "PH"),
    ),
    (
        "Pothole - Great Western Road, Glasgow, westbound bus lane near Byres Rd. Buses bouncing through it",
        ("PH", "RH"),
    ),
    (
        "Cars keep hitting a hole at the bottom of my road and it bangs like "
        "a gunshot all night. Castle St, Cardiff",
        ("PH", "RH"),
    ),
    (
        "@BrightonHoveCC the road on Elm Grove is full of holes, cyclists "
        "having to go into the middle of the road",
        ("PH", "RH"),
    ),
    ("Utility trench on Wellington Rd was never put back properly, it's sunk about 3 inches", ("RH", "PH")),
    ("Deep pot holes in the lay-by on the A68 north of Jedburgh, lorry drivers use it", ("PH", "RH")),
    ("My car's suspension spring snapped going over a pothole on Fishponds Road near the library", ("PH",)),
    ("Road is cracked and lifting where the tree roots are under it, Beech Avenue Sale", ("RH", "PH", "TR")),
    (
        "Hole in road outside 22 Pentland View, Edinburgh. Its getting bigger every time it rains",
        ("PH", "RH"),
    ),
    ("potholes potholes potholes on the Tonypandy bypass. when are they going to be fixed??", ("PH", "RH")),
    (
        "Mud all over the road from the farm entrance on Moor Lane, it's like an ice rink when wet",
        ("RH", "SC"),
    ),
    # --- Street lighting ---
    (
        "The lamp outside no. 12 Ashfield Close goes on and off all night, shining straight into my bedroom",
        ("SL",),
    ),
    (
        "Street ligt out on Granby Street, Leicester - the whole stretch by the bus depot is pitch black",
        ("SL",),
    ),
    (
        "Dear Council, I should like to report that the street lamp opposite my bungalow at "
        "3 Orchard Way, Ilkley, has not worked for a fortnight. As a widow living alone I "
        "find the darkness most unsettling.",
        ("SL",),
    ),
    (
        "@ManCityCouncil three lights out in a row on Princess Parkway footpath, really unsafe walking home",
        ("SL",),
    ),
    ("street lite stuck on all day on Carr Lane", ("SL",)),
    (
        "Lamppost leaning badly after someone reversed into it, Hawthorn Road, looks like it could fall",
        ("SL",),
    ),
    ("The light in the alleyway behind Victoria Terrace is broken, the glass is smashed", ("SL",)),
    (
        "Lamp column door missing, wires hanging out at the bottom. Kids "
        "play round there - Park View, Wrexham",
        ("SL",),
    ),
    ("Light by the subway under the ring road flickers pink then goes off. Coventry", ("SL",)),
    ("It's so dark on Lon Isaf, nothing's come on since the storm", ("SL",)),
    ("Streetlamp buzzing loudly and glowing very dim outside 58 Meadow Rise", ("SL",)),
    ("No lighting on the footpath from the station to Kings Drive since the clocks went back", ("SL", "PV")),
    ("Broken lamp post in the car park behind the leisure centre, Dunfermline", ("SL", "CP")),
    ("Illuminated bollard on the traffic island on London Road is out and has been hit", ("SL", "SG")),
    ("Street light flashing on and off outside the primary school - Hollins Lane, Bury", ("SL",)),
    ("lighting column knocked down on Sandyford Rd, lying on the verge", ("SL",)),
    # --- Fly-tipping ---
    (
        "Someone's left a sofa and three black bags by the recycling bank at the Tesco car park in Hexham",
        ("FT",),
    ),
    ("Fly tiping on Sandy Lane, looks like builders rubble and plasterboard dumped in the gateway", ("FT",)),
    ("Mattress dumped on the pavement outside 14 Nelson St for over a week now", ("FT",)),
    (
        "@HackneyCouncil fridge freezer and a pile of bin bags dumped on the corner of Mare "
        "Street and Well Street again",
        ("FT",),
    ),
    ("A load of tyres have been tipped in the lay by on the A5 near Betws-y-Coed", ("FT",)),
    (
        "I wish to report that a quantity of garden waste and old fencing has been deposited "
        "in the lane behind Rectory Cottages, Lower Slaughter.",
        ("FT",),
    ),
    ("flytipped carpet and an old telly at the end of Bridge St alley", ("FT",)),
    ("Someone has emptied a van load of rubbish in the woods off Cut Throat Lane", ("FT",)),
    ("Asbestos sheets dumped by the canal towpath at Lock 14, people walk dogs there", ("FT",)),
    ("Kitchen units and a sink dumped on the grass verge outside the flats on Stanley Rd, Bootle", ("FT",)),
    ("Bags of household rubbish slung over the wall into the park at the bottom of Crwys Rd", ("FT", "PK")),
    ("Dumped cooker and washing machine on the back lane off Westgate Rd Newcastle", ("FT",)),
    ("someone dumpd loads of bags of clothes at the side of the road on Pit Lane", ("FT",)),
    ("Old bed frame left on the pavement outside the chip shop on Bath Street, been there days", ("FT",)),
    (
        "Black sacks ripped open and strewn all down Ladysmith Road after "
        "someone dumped them at the bus stop",
        ("FT", "SC"),
    ),
    # --- Bins and missed collections ---
    ("Bins not collected on Wilmslow Road, it was due on Tuesday and it's now Friday", ("RR",)),
    ("Recyling missed again for the whole of Ferndale Avenue. Third time this month!", ("RR",)),
    (
        "Hi, my brown garden waste bin wasn't emptied on Monday even though it was out by "
        "7am. 27 Birch Grove, Kettering",
        ("RR",),
    ),
    ("@GlasgowCC blue bins on Dumbarton Rd not lifted, overflowing into the street now", ("RR",)),
    ("The bin men broke the lid off my black bin and left it on the path", ("RR",)),
    ("Need a new recycling box, mine got blown away in the wind", ("RR",)),
    ("Food waste caddy not been emptied for two weeks, the smell is awful. Flat 3, 12 Stryd Fawr", ("RR",)),
    ("Communal bins at the back of Raleigh Court are overflowing and attracting rats", ("RR",)),
    ("Bottle bank at the village hall is full and people are leaving bottles all around it", ("RR", "FT")),
    ("Bin lorry missed our road again - Hilltop Crescent, Morley. Grey bins", ("RR",)),
    (
        "Litter bin on the high street by the Post Office is overflowing, rubbish blowing everywhere",
        ("SC", "RR"),
    ),
    ("my wheely bin has been stolen, how do i get a new one", ("RR",)),
    ("The crew left my bin in the middle of the pavement and a wheelchair user couldn't get past", ("RR",)),
    ("Assisted collection not done again. I'm 84 and can't pull the bin to the kerb.", ("RR",)),
    # --- Pavements and kerbs ---
    ("Broken paveing slabs outside 9 Market Place, my mother tripped and cut her knee", ("PV",)),
    ("Uneven pavement on Station Road, Chester-le-Street. Slabs lifted by tree roots", ("PV", "TR")),
    (
        "Dear Sir, I wish to draw your attention to the footway on Church Lane, Ledbury, "
        "where several flagstones are loose and rock underfoot. I am registered partially "
        "sighted and fear a fall.",
        ("PV",),
    ),
    ("Kerb stone has come loose and is sticking out into the road on Albert St", ("PV", "RH")),
    ("Hole in the pavement by the bus stop on Leith Walk, a proper trip hazard", ("PV", "PH")),
    ("Dropped kerb at the crossing is cracked and broken, pushchairs getting stuck", ("PV",)),
    (
        "The path through to the shops from Kingsway is so overgrown and "
        "broken up you can't get a pram down it",
        ("PV", "TR"),
    ),
    ("Footpath subsiding beside the river on Riverside Walk, Shrewsbury, big crack along it", ("PV",)),
    ("Tarmac pavement full of holes and puddles down Windsor Terrace", ("PV", "PH")),
    ("paveing slab missing outside the newsagent on Commercial Rd, just a hole", ("PV",)),
    (
        "Public footpath sign gone and the stile is broken on the path from Much Hadham to the church",
        ("PV", "SG"),
    ),
    ("Cars parking on the pavement on Cedar Rd have broken all the slabs", ("PV", "CP")),
    # --- Drains and flooding ---
    (
        "Water is pouring across the road from the field on the Llandeilo road, it'll freeze tonight",
        ("DR", "RH"),
    ),
    ("Blocked drain outsdie 31 Grange Road, whole road floods every time it rains", ("DR",)),
    (
        "@SheffieldCouncil the gully on Abbeydale Rd is blocked with leaves "
        "and there's a lake across the bus lane",
        ("DR",),
    ),
    ("Drain cover missing on Sefton Street - open hole in the road", ("DR", "RH", "PH")),
    ("Road flooded under the railway bridge at Hessle again, cars getting stuck", ("DR", "RH")),
    ("The ditch along Long Drove is blocked and the water's coming up over the lane", ("DR",)),
    ("Smells like sewage coming out of the grate at the end of our street", ("DR",)),
    ("Puddle the size of a pond on Bank Street, buses drench everyone at the stop", ("DR", "RH")),
    ("gully blocked - water not draining away outside the school on Fore St", ("DR",)),
    (
        "I wish to report that the culvert beneath the lane at Pont-y-Pant is blocked with "
        "debris and the stream is now running over the road surface.",
        ("DR", "RH"),
    ),
    # --- Graffiti ---
    ("Grafitti sprayed all over the wall of the underpass at Elephant & Castle", ("GR",)),
    ("Someone has tagged the front of the library on Clarence St with black spray paint", ("GR",)),
    (
        "Offensive grafitti on the bus shelter on Kings Road, kids can read it on the way to school",
        ("GR", "BS"),
    ),
    ("Racist words painted on the side of the community centre, Stoke. Please remove urgently", ("GR",)),
    ("Tags on the railway bridge and all the shutters on the parade, Walthamstow", ("GR",)),
    ("Spray paint on the war memorial in the square, Tredegar", ("GR",)),
    # --- Dog fouling ---
    ("Dog mess all along the pavment on Pendle Road, it's disgusting", ("DF",)),
    ("People letting their dogs foul on the school field path and not picking it up", ("DF",)),
    ("Bags of dog poo hung on the hedge down the lane to the allotments", ("DF",)),
    ("dog dirt everywhere on the playing field at Parc Coed, children play football there", ("DF",)),
    ("Dog poop bin on the green at Ambleside Avenue is overflowing", ("DF", "RR")),
    (
        "Dear Council, I must complain about the persistent dog fouling on the footway of "
        "Marine Parade, Saltburn. One cannot walk to the shops without stepping in it.",
        ("DF",),
    ),
    # --- Abandoned vehicles ---
    ("Abandonded car on Lime Grove, no tax, flat tyres, hasn't moved in 3 months", ("AV",)),
    ("Burnt out car in the lane behind the industrial estate, Wigan", ("AV",)),
    ("A white van has been left on our street for weeks, windows smashed and full of rubbish", ("AV",)),
    ("Caravan dumped in the layby on the A49, looks like its been stripped", ("AV", "FT")),
    ("@BirminghamCC car with no number plates left on Soho Road for ages", ("AV",)),
    ("Motorbike dumped in the bushes in the park by the pond, looks stolen", ("AV", "PK")),
    # --- Road signs and markings ---
    ("You can't see the give way lines any more at the end of Elmfield Road", ("RM",)),
    ("Zebra crossing markings worn awya outside the Co-op on High St, Penicuik", ("RM",)),
    (
        "The white lines down the middle of the A614 have faded, really dangerous at night in the rain",
        ("RM",),
    ),
    ("Yellow lines outside the school have worn off so people are parking on the bend", ("RM", "CP")),
    ("Keep clear markings at the fire station have almost gone", ("RM",)),
    ("Stop sign knocked flat at the crossroads by Holt Farm", ("SG",)),
    ("Road sign for the 30 limit is covered by the hedge so nobody slows down, Marsh Lane", ("SG", "TR")),
    ("Direction sign to the hospital is twisted round and pointing the wrong way", ("SG",)),
    ("No Entry sign missing from the one way on Tyrone St, cars keep coming the wrong way", ("SG",)),
    ("Sign has fallen off its post at the roundabout on the A470", ("SG",)),
    # --- Street nameplates ---
    ("The street name sign for Chapel Row has fallen off the wall and is lying on the ground", ("SN",)),
    ("Street nameplate on Tudor Way is so faded you can't read it, delivery drivers can't find us", ("SN",)),
    ("Name sign at the end of Glebe Close has been snapped off its legs", ("SN",)),
    ("Our road has no sign showing its name at either end - Heol y Nant, Cwmbran", ("SN",)),
    # --- Trees and hedges ---
    ("Tree branch hanging dwon over the road on Oak Lane, lorries hitting it", ("TR",)),
    (
        "Fallen tree blocking the lane between Kirkby Lonsdale and Casterton after last night's wind",
        ("TR", "RH"),
    ),
    ("Overgrown hedge on Meadow Way - you have to walk in the road to get past", ("TR", "PV")),
    ("Council tree outside 40 Sycamore Drive is dead and leaning towards the houses", ("TR",)),
    (
        "Tree roots lifting the pavement and the branches blocking the street light on Wood St",
        ("TR", "PV", "SL"),
    ),
    (
        "Ivy and brambles growing over the footpath on Ffordd Las, can't get a wheelchair through",
        ("TR", "PV"),
    ),
    # --- Parks ---
    ("Swings broke in the play area at Heaton Park, chain snapped", ("PK",)),
    ("Grass in the park at Ropner hasn't been cut for weeks, knee high", ("PK",)),
    ("Broken glass all over the children's playground on Victoria Rec", ("PK", "SC")),
    ("Bench in the memorial garden is broken, slats missing", ("PK",)),
    ("Gate on the park playground keeps swinging open, dogs getting in - Hollybush Park, Cwmbran", ("PK",)),
    # --- Parking ---
    (
        "Cars parked on the double yellows outside the doctor's every day, ambulances can't get in",
        ("CP", "RM"),
    ),
    ("Pay and display machine at the Quay car park is broken and eating coins", ("CP",)),
    ("Someone keeps parking across my dropped kerb so I cant get my car out - 7 Lark Rise", ("CP",)),
    ("Vans parked on the pavement all along Merton High Street, you can't get a buggy past", ("CP", "PV")),
    ("Potholes and broken barrier in the council car park behind the market hall, Keswick", ("CP", "PH")),
    # --- Bus stops ---
    ("The bus shelter glass has been smashed at the stop on Mansfield Road", ("BS",)),
    ("Bus timetable at the stop outside the Royal Infirmary is out of date / missing", ("BS",)),
    ("Bus shelter roof leeks and the seat is snapped, Cowley Road", ("BS",)),
    ("The bus stop pole by the church at Llanrug has been knocked down", ("BS",)),
    # --- Traffic lights ---
    ("Trafic lights stuck on red at the junction of Derby Road and Wollaton Rd", ("TL",)),
    ("Pedestrian crossing button not working on Byres Road, green man never comes on", ("TL",)),
    ("Temporary traffic lights left on Glen Road with no works going on, huge queues", ("TL", "RH")),
    ("Lights at the crossroads in Hebden Bridge are all out, its chaos", ("TL",)),
    (
        "The beeping at the pelican crossing outside Boots has stopped working, I'm blind and rely on it",
        ("TL",),
    ),
    # --- Street cleaning ---
    ("Litter everywhere along the verges on the A1 slip road at Wetherby", ("SC",)),
    ("Broken glass all over the pavement outside the pub on Friday night, still there Monday", ("SC",)),
    ("Leaves piled up and rotting on the pavement down Elm Avenue, slippy as anything", ("SC", "PV")),
    ("Street hasn't been swept in months, Saltaire Road, rubbish in every gutter", ("SC",)),
    ("Oil spilled all over the road at the roundabout by the retail park, bikes sliding", ("SC", "RH")),
)
