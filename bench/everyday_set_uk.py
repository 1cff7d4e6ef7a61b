"""Everyday UK council problem reports, labelled with FixMyStreet service codes.

What it is: 150 messages of the kind residents of towns and cities in England, Scotland and
Wales send to their council or type into FixMyStreet about a local problem -- short report
titles, fuller descriptions, texts, emails and the odd social media post, in British English
with local vocabulary and typos in roughly a fifth of them.  The mix of problems follows
rough real FixMyStreet volume (potholes and road surface most, then street lighting,
fly-tipping, bins, pavements, drainage and so on).

Provenance: written and labelled blind by a helper on 2026-11-27, before any ranking was
run and without reading the ranking code, its tests or the other everyday sets.  Only the
category list (``FMS_CATALOG``) was consulted.

Labelling rules:
- Each message carries the tuple of category codes a council dispatcher would accept,
  best first.  Several codes are given when several genuinely fit (e.g. a pothole is
  ``("PH", "RH")``; a pothole in the footway is ``("PV", "PH")``; loose litter is
  ``("SC", "RR")``).
- ``"OT"`` (Other) is used only when nothing else fits; messages were written to fit a
  real category where possible.
- Labels were fixed before the single evaluation run and not changed afterwards.

That blind run gave 0.873 / 0.913 (top-1 / top-3, zero-shot, FixMyStreet's categories). Its errors were
then read and fixed (stop 10), so figures on this set are no longer blind.
"""

EVERYDAY_SET_UK: tuple[tuple[str, tuple[str, ...]], ...] = (
    # --- Potholes / road surface ---
    ("Pothole outside no. 23", ("PH", "RH")),
    ("Massive pothole on Station Road near the Co-op, nearly took my wheel off", ("PH", "RH")),
    ("pot hole at the junction of Elm Close and Ash Crescent getting bigger every week", ("PH", "RH")),
    ("Deep hole in the road by the school gates, full of water so you cant see how deep it is", ("PH", "RH")),
    ("Potholes all along the B4231, cars swerving into the oncoming lane to avoid them", ("PH", "RH")),
    ("Road surface breaking up on Mill Lane, loose stones everywhere", ("PH", "RH")),
    ("Crater in the middle of the roundabout", ("PH", "RH")),
    (
        "Hi, I'd like to report a pothole on Church Street just past the bus stop heading into town. "
        "It's about a foot wide and has already burst one of my tyres.",
        ("PH", "RH"),
    ),
    ("Sunken manhole cover on the high street, cars bang over it all night", ("RH", "PH")),
    ("Cyclist hazard - pot hole in the cycle lane on Wilmslow Rd", ("PH", "RH")),
    ("Pothole on the corner of Victoria Terrace, been reported before and still not fixed", ("PH", "RH")),
    ("Patch repair from last month has already broken up again, hole is back", ("PH", "RH")),
    ("Road collapsing at the edge near the verge on the lane out to the farm", ("RH", "PH")),
    ("Lots of potholes up the hill on Brae Street, its like a dirt track now", ("PH", "RH")),
    ("Big pothole in the layby on the A38 where the lorries park", ("PH", "RH")),
    ("pothle on kings road opposite the chippy", ("PH", "RH")),
    ("Utility trench not filled in properly, dip in the road outside number 7", ("RH", "PH")),
    ("Uneven road surface on the bridge, ridges and holes where the tarmac has worn away", ("PH", "RH")),
    ("Pothole at the entrance to the cul-de-sac, bottoming out every time I drive in", ("PH", "RH")),
    ("@council when are you going to fix the potholes on Queen's Drive?? Shocking state", ("PH", "RH")),
    ("Hole in the road by the speed bump on Park Avenue", ("PH", "RH")),
    ("Several deep potholes at the bottom of Hill Top, one is right where you pull out", ("PH", "RH")),
    # --- Street lighting ---
    ("Street light out outside 14 Rowan Close", ("SL",)),
    ("Lamp post flickering on and off all night by the alleyway", ("SL",)),
    ("Three street lamps not workin on Beech Grove, whole road is pitch black", ("SL",)),
    ("Streetlight stays on all day outside the library", ("SL",)),
    ("Lamp column leaning after being hit by a van, looks like it could fall", ("SL",)),
    ("The light in the ginnel behind Cross Street has been out for weeks, not safe walking home", ("SL",)),
    ("street lite broken near the primary school", ("SL",)),
    ("Door missing from the base of the lamp column, wires hanging out", ("SL",)),
    ("Footpath lighting in the park is out, path between the gates is completely dark", ("SL", "PK")),
    ("Light number 27 on the bypass is out", ("SL",)),
    (
        "Evening, the street light directly outside my house has been buzzing and going orange "
        "then off again for about a fortnight. Column number is on the side, 0042.",
        ("SL",),
    ),
    ("Lights not working in the underpass", ("SL",)),
    ("Illuminated bollard on the traffic island is out and someones already clipped it", ("SL", "SG")),
    ("Street lamp is far too bright and shining straight into my bedroom window", ("SL",)),
    ("Streetlights off on the whole estate since the storm", ("SL",)),
    # --- Fly-tipping ---
    ("Fly-tipping in the lane behind the shops", ("FT",)),
    ("Someone has dumped a mattress and a sofa on the verge on Moor Lane", ("FT",)),
    ("Builders rubble dumped in the layby, about 10 bags of plaster and bricks", ("FT",)),
    ("flytipping again at the end of the snicket, fridge and black bags", ("FT",)),
    ("Pile of tyres dumped by the field gate", ("FT",)),
    (
        "Hi there, a van pulled up this morning and dumped a load of kitchen units and an old "
        "cooker on the pavement on Albert Road. I've got the registration if that helps.",
        ("FT",),
    ),
    ("Dumped rubbish on the grass by the flats, been there over a week", ("FT", "RR")),
    ("Asbestos sheets dumped on the towpath", ("FT",)),
    ("Old carpet and under lay left in the back lane", ("FT",)),
    ("Someone's tipped garden waste over the wall into the woods at the end of the close", ("FT",)),
    ("Fly tipped TV and bags of clothes next to the recycling bank at the car park", ("FT", "RR")),
    ("Dumped shopping trolley and bike frames in the brook", ("FT", "DR")),
    ("somebody dumpd a whole bathroom suite on the corner, toilet sink the lot", ("FT",)),
    ("Bags of rubbish thrown over the hedge into the lay by every weekend", ("FT",)),
    # --- Rubbish / bins ---
    ("Overflowing bin by the bus stop", ("RR", "SC", "BS")),
    ("Bin not emptyed on thursday, Ivy Crescent", ("RR",)),
    ("Missed collection again - blue recycling bin left full", ("RR",)),
    ("Litter bin on the prom is overflowing and gulls are pulling everything out", ("RR", "SC")),
    ("Our wheelie bin was damaged by the bin lorry, lid snapped off", ("RR",)),
    ("Need a replacement brown garden waste bin, ours was stolen", ("RR",)),
    ("Bin men left the bins in the middle of the pavement so I cant get the pram past", ("RR", "PV")),
    ("Black bags split open all along the terrace after collection day, rubbish everywhere", ("RR", "SC")),
    ("Whole street missed for the food waste collection this week", ("RR",)),
    ("Dog poo bin full to the top at the rec", ("RR", "DF", "PK")),
    ("Bins outside the takeaway always overflowing, attracting rats", ("RR", "SC")),
    ("recylcing not collected for 2 weeks on Orchard Way", ("RR",)),
    # --- Pavements / footpaths ---
    ("Broken paveing slab outside the post office, some one will trip", ("PV",)),
    ("Uneven pavement on Grange Road, my mum fell last week", ("PV",)),
    ("Pothole in the pavement by the cash machine", ("PV", "PH")),
    ("Tree roots lifting the footpath on Lime Avenue", ("PV", "TR")),
    ("Kerb stone loose and sticking out into the road at the corner of Mount Pleasant", ("PV", "RH")),
    ("Dropped kerb needed at the crossing point, can't get my wheelchair over it", ("PV", "RH")),
    ("Footpath across the fields is completely overgrown and flooded, unpassable", ("PV", "PK", "DR")),
    ("cracked flags all along the pavement near the bus station", ("PV",)),
    ("Cars parking on the pavement on Florence St, pushchairs have to go in the road", ("CP", "PV")),
    ("Missing bollard on the pavement so cars are driving up onto it", ("PV", "RH")),
    ("Tarmac on the footway has sunk by the drain, big trip hazard", ("PV",)),
    # --- Flooding & drainage ---
    ("Blocked drain outside 5 Willow Way, road floods evry time it rains", ("DR",)),
    ("Gulley blocked with leafs on Hollins Lane", ("DR",)),
    ("Road flooded under the railway bridge again, cars getting stuck", ("DR", "RH")),
    ("Water pouring out of the drain cover and across the road", ("DR",)),
    ("Drain grate missing on the corner, big hole in the gutter", ("DR", "RH")),
    ("Huge puddle across the whole pavement at the bus stop, you get soaked by passing cars", ("DR", "PV")),
    ("blocked grid at the bottom of the hill, water going into peoples gardens", ("DR",)),
    ("Ditch alongside the lane is blocked and overflowing onto the road", ("DR",)),
    ("Smell of sewage coming from the drains on Market Street", ("DR",)),
    # --- Graffiti ---
    ("Graffiti on the bus shelter", ("GR", "BS")),
    ("Offensive graffiti sprayed on the wall of the underpass", ("GR",)),
    ("Someone has tagged all the garage doors on the estate", ("GR",)),
    ("Racist graffiti on the side of the community centre, please remove asap", ("GR",)),
    ("grafitti on the railway bridge over Canal Street", ("GR",)),
    ("Spray paint on the new benches in the park", ("GR", "PK")),
    ("Tags all over the electricity box and the road sign at the end of our road", ("GR", "SG")),
    # --- Dog fouling ---
    ("Dog mess all over the pavment on Bank Street", ("DF",)),
    ("Dog fouling on the school route, kids keep treading in it", ("DF",)),
    ("Loads of dog poo on the playing field where the kids play football", ("DF", "PK")),
    ("dog muck left outside my gate every morning by the same person", ("DF",)),
    ("Bags of dog poo hung on the hedges and railings along the cycle path", ("DF",)),
    ("Owners letting dogs foul the grass verge and not picking up", ("DF",)),
    ("Dog dirt on the path by the canal, its disgusting", ("DF",)),
    # --- Abandoned vehicles ---
    ("Abandoned car on Poplar Road, hasn't moved in months and has flat tyres", ("AV",)),
    ("Untaxed car parked outside number 40 for weeeks", ("AV",)),
    ("Burnt out car in the layby on the moor road", ("AV",)),
    ("Van with no plates left in the pub car park", ("AV", "CP")),
    ("Car on SORN parked on the street, windows smashed and full of rubbish", ("AV",)),
    ("abandonded motorbike dumped on the grass by the garages", ("AV", "FT")),
    # --- Road markings ---
    ("Give way lines worn away at the junction of Park Lane and Rose Hill", ("RM",)),
    ("Zig zags outside the school have faded completely", ("RM",)),
    ("Cats eyes missing on the dual carriageway, really hard to see lanes at night", ("RM", "RH")),
    ("White lines on the roundabout need repainting, people keep cutting across", ("RM",)),
    ("Double yellow lines have worn off so people are parking on the bend", ("RM", "CP")),
    # --- Road traffic signs ---
    ("Road sign knocked down on the A6 by the garage", ("SG",)),
    ("Speed limit sign covered by overgrown bushes", ("SG", "TR")),
    ("30 sign has been turned round to face the wrong way", ("SG",)),
    ("No entry sign missing from the one way street", ("SG",)),
    ("Diversion signs left up after the roadworks finished weeks ago", ("SG", "RH")),
    # --- Trees and hedges ---
    ("Over hanging hedge blocking the pavement on Leigh Road, have to walk in the road", ("TR", "PV")),
    ("Large branch hanging off the tree outside the school, looks like it will come down", ("TR",)),
    ("Tree fallen across the footpath in the park after the storm", ("TR", "PK")),
    ("Council tree blocking light to my garden, needs cutting back", ("TR",)),
    ("Tree branches touching the street light and covering it", ("TR", "SL")),
    ("Dead tree on the verge on Chapel Road, worried it will fall on a car", ("TR",)),
    # --- Parks ---
    ("Broken swing in the play area at Victoria Park", ("PK",)),
    ("Grass on the green hasn't been cut all summer, its up to your knees", ("PK",)),
    ("Smashed glass all over the kids playground", ("PK", "SC")),
    ("Park gates left open overnight and kids drinking in the bandstand", ("PK",)),
    ("Bench in the memorial gardens is broken, slats missing", ("PK",)),
    # --- Car parking ---
    ("Car parked on the zig zags outside the school every morning at drop off", ("CP", "RM")),
    ("Pay and display machine in the Station car park isn't taking cards", ("CP",)),
    ("Someone keeps parking across my dropped kerb so I cant get my car out", ("CP",)),
    ("Potholes all over the council car park on Union Street", ("CP", "PH")),
    ("People using the disabled bays in the town centre without blue badges", ("CP",)),
    # --- Bus stops ---
    ("Glass smashed in the bus sheltar on Leeds Road", ("BS",)),
    ("Bus stop timetable missing, no idea when the buses come", ("BS",)),
    ("Bus stop pole knocked over", ("BS",)),
    ("The shelter roof is leaking and the seat is broken at the stop outside Tesco", ("BS",)),
    # --- Traffic lights ---
    ("Trafic lights stuck on red at the crossroads by the Red Lion", ("TL",)),
    ("Pelican crossing button not working on the high street", ("TL",)),
    ("Green man not coming on at the crossing outside the hospital", ("TL",)),
    ("Temporary traffic lights left on Bridge St but no works happening", ("TL", "RH")),
    # --- Street nameplates ---
    ("Street name plate for Hawthorn Drive is mising", ("SN",)),
    ("Street name sign on the corner is bent and you cant read it", ("SN", "SG")),
    ("Road name plate covered in moss and ivy, delivery drivers cant find us", ("SN",)),
    # --- Street cleaning ---
    ("Street hasn't been swept in months, leaves and litter piled up in the gutter", ("SC", "DR")),
    ("Broken glass all over the road outside the pub after the weekend", ("SC",)),
    ("Litter all along the verge of the bypass, cans and crisp packets everywhere", ("SC", "RR")),
    ("Oil spill across the road by the petrol station, really slippy", ("SC", "RH")),
    ("Needles and drug paraphernalia in the alleyway behind the chemist", ("SC",)),
    # --- Roads / highways general ---
    ("Grit bin on Summit Road is empty and the hill is like an ice rink", ("RH", "OT")),
    ("Speed bumps on Crofton Lane are breaking up and too high", ("RH", "PH")),
    ("Skip left on the road with no lights on it overnight", ("RH",)),
    ("Mud all over the road from the building site lorries", ("RH", "SC")),
    ("Barrier on the bridge damaged after a crash, gap in the railing", ("RH",)),
)
