"""Everyday UK problem reports, third set (UK3), for measuring category ranking.

What it is: 150 problem reports written in the style UK residents type into FixMyStreet (a short title,
often followed by one or two sentences of detail, joined in one message), each labelled with the
FixMyStreet service codes from ``FMS_CATALOG`` that a council dispatcher would accept.

Provenance: written and labelled blind by a helper on 2026-11-27, before any ranking was run, without
reading the ranking code, its tests, or any other everyday set. Nothing was copied from any file.

Labelling rules:
- Codes are listed best first; several codes are given when several categories genuinely fit
  (e.g. a pothole on a footway is PV then PH; dumped black bags are FT then RR).
- PH is used for holes in the carriageway; RH for other road-surface or highway faults (sunken
  ironwork, debris on the road, crumbling edges, gritting); PV for footways, kerbs and paths.
- SC covers litter, broken glass, leaves, needles and general mess on the street; RR covers missed
  collections, bins and household waste; FT covers waste dumped deliberately.
- "OT" is used only when nothing else fits.
- About a fifth of the messages contain deliberate typos, as real reports do.

That blind run gave 0.940 / 0.980 (FixMyStreet's categories)
(top-1 / top-3, zero-shot). Held out: its errors have NOT been read; keep it that way, so that it
stays a check of how relay311 does on messages nobody tuned it for.
"""

EVERYDAY_SET_UK3: tuple[tuple[str, tuple[str, ...]], ...] = (
    # Potholes / road surface
    ("Deep pothole - outside the Co-op on Mill Rd, nearly lost a wheel", ("PH", "RH")),
    ("Pothole", ("PH",)),
    ("Potholes again on Station Road, the ones you filled in March have opened back up", ("PH", "RH")),
    ("Massive pot hole at the junction of Grange Rd and Elm Close, cyclists swerving round it", ("PH", "RH")),
    ("A10 northbound layby near Milton - surface breaking up, huge holes full of water", ("PH", "RH")),
    ("Road collapsing by the bus gate, tarmac has sunk about 3 inches", ("RH", "PH")),
    ("Pothole outside no 42 Victoria St. Burst my tyre last night", ("PH",)),
    ("Crater on the roundabout exit to Tesco", ("PH", "RH")),
    ("pot holes all down Back Lane its like a dirt track now", ("PH", "RH")),
    ("Hole in road where utility company dug it up, never reinstated properly", ("RH", "PH")),
    ("Manhole cover rocking and banging every time a car goes over it, Queens Road", ("RH", "DR")),
    ("Sunken drain cover in the carriageway opposite the school, cars dipping into it", ("RH", "DR", "PH")),
    ("Loads of gravel and mud across the road from the building site on Hythe Lane", ("RH", "SC")),
    ("Road surface breaking up on the bend by the church, loose chippings everywhere", ("RH", "PH")),
    ("Potholle on the cycle lane, Hills Road near the station", ("PH", "RH")),
    ("Edge of the road crumbling away into the ditch on the B1049, very dangerous at night", ("RH", "PH")),
    ("Pothole been there 6 months now, reported twice, still nothing done. Corner of Kings Ave", ("PH",)),
    ("Multiple potholes in the car park of the leisure centre", ("CP", "PH")),
    ("Large pothole filled with water, cant see how deep it is until you're in it. Ferry Lane", ("PH",)),
    ("Road not gritted - Hill Top Drive is a sheet of ice, cars sliding down to the junction", ("RH",)),
    # Street lighting
    ("Lamp out", ("SL",)),
    ("Street light not working outside 17 Orchard Way", ("SL",)),
    ("Streetlight flickring on and off all night, shines straight into my bedroom", ("SL",)),
    ("Lamp colum leaning badly after bein hit by a van, Cromwell Rd", ("SL",)),
    (
        "Whole row of street lights out along the ginnel behind Albert Terrace, feels unsafe walking home",
        ("SL",),
    ),
    ("Light stays on all day on the corner of Park Crescent", ("SL",)),
    ("streetlight out again - third time this year, column number 14", ("SL",)),
    ("Lamp post door missing and wires hanging out, kids play round there", ("SL",)),
    ("Footpath lighting not working through the underpass by the ring road", ("SL", "PV")),
    ("Lights out on the whole estate since Tuesday, pitch black", ("SL",)),
    ("Street light buzzing loudly and cycling on/off", ("SL",)),
    ("Lamppost knocked down on the verge at Church Lane junction", ("SL",)),
    ("Street ligth not working Windsor Close", ("SL",)),
    ("Belisha beacon not flashing at the zebra on High St", ("SL", "TL", "RM")),
    # Flytipping
    ("Fly tipping again", ("FT",)),
    ("Flytipping in the layby on the A14 slip road - mattresses, a fridge and loads of black bags", ("FT",)),
    ("Some one has dumped a sofa on the pavement outside the flats on Dale St", ("FT",)),
    ("Builders rubble dumped in the lane behind the allotments", ("FT",)),
    ("Fly tipped tyres, about 20 of them, in the gateway to the field off Moor Lane", ("FT",)),
    ("Mattress dumped at the end of the snicket by number 8", ("FT",)),
    ("Rubbish dumped by the recycling bank in the Co-op car park, overflowing onto the ground", ("FT", "RR")),
    ("Dumped fridge freezer on the grass verge on Wood Lane", ("FT",)),
    ("Fly-tipping - bags of garden waste chucked over the fence into the park", ("FT", "PK")),
    ("asbestos sheets dumped in the layby near the garage, looks like corrugated roofing", ("FT",)),
    ("Old washing machine and carpet left in the alleyway for over a week", ("FT",)),
    ("Black bags dumped in the lay-by again, foxes have ripped them open and its everywhere", ("FT", "SC")),
    ("Flytippng on Green Lane, kitchen units and paint tins", ("FT",)),
    ("Trolley in the river by the footbridge, plus a bike", ("FT", "OT")),
    # Rubbish / bins
    ("Bin not collected", ("RR",)),
    ("Our wheelie bin wasn't emptied this week, whole street done except ours. 23 Ash Grove", ("RR",)),
    ("Recyling missed again on Ivy Road, third fortnight running", ("RR",)),
    ("Bin men left the bins in the middle of the pavement, kids can't get past for the bins", ("RR", "PV")),
    ("Litter bin overflowing at the bus stop on London Road", ("RR", "SC", "BS")),
    ("Garden waste brown bin not collected Monday", ("RR",)),
    ("Food caddy not emptied for 2 weeks, smells awful and maggots", ("RR",)),
    ("Bins on the high street overflowing all weekend, rubbish blowing everywhere", ("RR", "SC")),
    ("Bin lorry spilled rubbish all down the road and didn't pick it up", ("RR", "SC")),
    ("Communal bins at the flats overflowing, rats seen", ("RR",)),
    ("Missed colection - grey bin, Cherry Tree Road", ("RR",)),
    # Pavements / footpaths
    ("Broken paveing slab outside the chemist, my mum tripped on it", ("PV",)),
    ("Pavement uneven and cracked all along Regent St, wheelchair users struggling", ("PV",)),
    ("Kerb stone loose and sticking out at the crossing on Mill Road", ("PV", "RH")),
    ("Tree roots lifting the footpath on Beech Avenue, huge trip hazard", ("PV", "TR")),
    ("Hole in the pavement next to the post box", ("PV", "PH")),
    ("Footpath overgrown with brambles, cant get through with a pushchair", ("PV", "TR", "PK")),
    ("Dropped kerb needed at the end of Rose Lane for mobility scooters", ("PV",)),
    (
        "The ginnel between Park Rd and Mount St is flooded and muddy, surface completely worn out",
        ("PV", "DR"),
    ),
    ("Pavment slabs rocking outside number 6, splash you with water when it rains", ("PV",)),
    ("Cars parked on the pavement all day outside the school, have to walk in the road", ("CP", "PV")),
    ("Tarmac footway breaking up on the path to the primary school", ("PV",)),
    ("Public footpath sign missing and path blocked by a fence", ("PV", "SG")),
    # Drains / flooding
    ("Blocked drain", ("DR",)),
    ("Gully blocked on Fen Road, huge puddle right across the road every time it rains", ("DR",)),
    ("Water pouring down the road from a burst, been running since this morning", ("DR", "OT")),
    ("Grid blocked with leaves outside no 12, water coming up onto the pavement", ("DR", "SC")),
    ("Flooding under the railway bridge on Station Rd agian, cars getting stuck", ("DR",)),
    ("Road floods every time it rains at the bottom of Church Hill, drains cant cope", ("DR",)),
    ("Ditch overflowing onto the lane by the farm, road is like a river", ("DR",)),
    ("blocked gulley, pedestrians getting soaked by cars driving through the puddle", ("DR",)),
    ("Drain cover missing on the verge, open hole", ("DR", "RH")),
    ("Standing water on the footpath by the park gates for weeks now", ("DR", "PV")),
    # Graffiti
    ("Graffiti", ("GR",)),
    ("Graffiti on the bus shelter on Newmarket Rd", ("GR", "BS")),
    ("Offensive graffiti sprayed on the wall of the underpass, racist words, kids walk past it", ("GR",)),
    ("Tagging all over the railway bridge and the BT boxes on Argyle St", ("GR",)),
    ("Grafitti on the side of the community centre again", ("GR",)),
    ("Someone has spray painted the road sign at the roundabout so you can't read it", ("GR", "SG")),
    ("Stickers and graffiti all over the lamp columns on the high street", ("GR", "SL")),
    ("Graffitti on the play equipment in the park", ("GR", "PK")),
    # Dog fouling
    ("Dog mess", ("DF",)),
    ("Dog poo all along the footpath to the school, every morning, disgusting", ("DF",)),
    ("Dog fouling on the playing field, kids playing football in it", ("DF", "PK")),
    ("Owner not picking up after their dog on Lime Tree Walk, same person every day", ("DF",)),
    ("dog muck everywhere on the grass verges on Meadow Way", ("DF",)),
    ("Dog fowling outside the primary school gates", ("DF",)),
    ("Need a dog bin at the entrance to the woods, people just throwing the bags", ("DF", "RR")),
    # Abandoned vehicles
    ("Abandoned car", ("AV",)),
    ("Car with no tax been parked on Hazel Drive for 3 months, flat tyres and covered in moss", ("AV",)),
    ("Burnt out car in the laybye on Sandy Lane", ("AV",)),
    ("Abandoned carravan on the verge by the industrial estate", ("AV",)),
    ("Van dumped with smashed windows, been there weeks, Oak Street", ("AV",)),
    ("Motorbike abandonded in the alley behind the shops, no plates", ("AV",)),
    ("Untaxed car left on double yellows on St Johns Road for weeks", ("AV", "CP")),
    # Road signs
    ("Road sign knocked over at the round about on the A505", ("SG",)),
    ("Give way sign missing at the end of Mill Lane, people pulling straight out", ("SG", "RM")),
    ("Sign obscured by overgrown hedge, can't see the speed limit", ("SG", "TR")),
    ("30 sign bent over and facing the wrong way", ("SG",)),
    ("Keep left bollard smashed on the island at the top of Hills Road", ("SG", "RH")),
    # Road markings
    ("Road markings worn away", ("RM",)),
    ("Zebra crossing lines have faided, cars dont stop", ("RM",)),
    ("Give way lines worn off at the junction of Rectory Lane and the main road", ("RM",)),
    ("Cats eyes missing on the A1123, can't see the road at night in the rain", ("RM", "RH")),
    ("White lines need repainting on the mini roundabout, nobody knows who has priority", ("RM",)),
    ("Yellow lines so faded the wardens cant enforce them outside the shops", ("RM", "CP")),
    # Trees
    ("Tree down accross the path in Jubilee park after the storm", ("TR", "PK")),
    ("Over hanging branches blocking the streetlight on Laurel Close", ("TR", "SL")),
    ("Dead tree leaning over the road, looks like it could come down any time", ("TR",)),
    ("Hedge overgrowing the pavement on Station Road, have to walk in the road", ("TR", "PV")),
    ("Branches hanging low over the bus stop, hitting the top deck of the bus", ("TR", "BS")),
    ("Council tree outside no 9 blocking all our light, needs pruning", ("TR",)),
    # Parks
    ("Broken swing in the play area at Victoria Park", ("PK",)),
    ("Nitrous canisters and broken bottles all over the skate park", ("PK", "SC")),
    ("Grass not cut on the rec for weeks, knee high", ("PK",)),
    ("Park gate broken and won't shut, dogs getting into the childrens play area", ("PK",)),
    ("Bench smashed up in the memorial gardens", ("PK",)),
    # Car parking
    ("Pay and display machine not working in the Bridge Street car park", ("CP",)),
    ("People parking across my driveway every match day", ("CP",)),
    ("Car parked on zigzags outside the school at pick up time every day", ("CP", "RM")),
    ("Disabled bay outside the surgery always used by people without badges", ("CP",)),
    ("Parking on double yellows on the bend, buses can't get round", ("CP",)),
    # Bus stops
    ("Bus shelter glass smashed, broken glass all over the pavemnet", ("BS", "SC")),
    ("Bus stop timetable missing and the flag has fallen off the pole", ("BS",)),
    ("Real time display at the bus stop on Histon Road been blank for a month", ("BS",)),
    ("No seat in the bus shelter any more, elderly people having to stand", ("BS",)),
    # Traffic lights
    ("Trafic lights stuck on red at the junction of East Road and Mill Road", ("TL",)),
    ("Pelican crossing buton not working, lights never change for pedestrians", ("TL",)),
    ("Traffic light out - the green bulb is gone on the one by the fire station", ("TL",)),
    ("Temp traffic lights left up for weeks with no works going on", ("TL", "RH")),
    # Street nameplates
    ("Street name sign mising from the end of Willow Close, delivery drivers can't find us", ("SN",)),
    ("Road name plate broken in half and lying in the hedge", ("SN",)),
    ("Street nameplate for Cedar Rd covered in ivy, can't read it", ("SN", "TR")),
    # Street cleaning
    ("Broken glass all over the raod outside the pub after the weekend", ("SC",)),
    ("Needle found on the pavement by the playground entrance", ("SC", "PK")),
    ("Litter everywhere on the verge along the bypass, crisp packets and cans", ("SC",)),
    ("Leaves piled up on the pavement on Chestnut Ave, slippy as anything", ("SC", "PV")),
    ("Streets not been swept for months, sand and weeds in the gutters", ("SC",)),
    ("Oil spill on the road from a lorry, stretching all the way down Newmarket Road", ("SC", "RH")),
    ("litter picking needed along the canal towpath, its a disgrace", ("SC",)),
    # Other
    ("Dead fox in the road on the corner of Fulbourn Rd", ("SC", "OT")),
    ("Noisy neighbours playing music till 4am every weekend", ("OT",)),
)
