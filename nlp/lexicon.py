"""How citizens name common street problems, and how councils' catalogs name the services that fix them.

Each concept has `triggers` (phrases seen in citizens' messages, with how strongly each signals the concept)
and `targets` (phrases that, when found in a service's name, keywords, description or group, show that the
service handles the concept, with how specific each one is). Targets are catalog TEXT, never service codes,
so the lexicon works on catalogs it has never seen. Phrases are plain English; they are normalised with
`nlp.text.stems` when an index is built. Multi-word triggers match in order with up to two words between them.

Weights were set by hand and adjusted against the SeeClickFix reports in /work/shared/data (a dev set).
"""

from __future__ import annotations

from dataclasses import dataclass

Weighted = tuple[tuple[str, float], ...]


@dataclass(frozen=True)
class Concept:
    name: str
    triggers: Weighted
    targets: Weighted


def weighted(spec: str) -> Weighted:
    """'pothole=1; hole in road=.9' -> (("pothole", 1.0), ("hole in road", 0.9))."""
    out: list[tuple[str, float]] = []
    for item in spec.split(";"):
        phrase, _, weight = item.strip().rpartition("=")
        out.append((phrase.strip(), float(weight)))
    return tuple(out)


def _c(name: str, triggers: str, targets: str) -> Concept:
    return Concept(name, weighted(triggers), weighted(targets))


CONCEPTS: tuple[Concept, ...] = (
    _c(
        "pothole",
        "pothole=1; hole in road=1; hole in street=1; hole in lane=.9; crater=.8; sinkhole=.8; hole=.65;"
        " road surface=.75; road damage=.75; damaged road=.75; road broken=.7; uneven road=.75;"
        " bumpy road=.75; bumpy=.55; rough road=.7; rough=.35; rut=.55; asphalt=.6; tarmac=.6;"
        " road repair=.9; street repair=.9; resurface=.6; crumbling road=.7; road crack=.65; grading=.4;"
        " pucker=.5; cave in=.6; caved in=.6; road collapsing=.8; collapsing road=.8; sunken=.5;"
        " sinking=.45; dip=.45; bump=.5; hump=.45; bulge=.45; buckled=.45; repave=.7; repavement=.7;"
        " patch=.45; road patch=.7; uneven=.45; street pavement=.95; road pavement=.95;"
        " pavement buckled=.7; concrete=.35; needs patched=.75; patched=.5; patch job=.7; layover=.6;"
        " overlay=.6; repaved=.7; paved=.4; street needs repaired=.9; street needs replaced=.9;"
        " road needs repaired=.9; whole street=.6; unlevel=.6; manhole not level=.8; uneven manhole=.8;"
        " sunken manhole=.8; unlevel manhole=.85; low manhole=.7; spot sinking=.7; raised spot=.6;"
        " pavement missing=.8; bump in road=.85;"
        " bump in street=.85; road crumbling=.75; crumbling=.5; crumbled=.5; falling apart road=.7;"
        " surface=.55; poor surface=.85; surface breaking up=.95; breaking up=.6; road worn=.7;"
        " worn road=.7; road sinking=.85; subsidence=.8; eroding=.45; road edge=.7; edge of road=.6;"
        " edge of the road=.6; crumbling edge=.8; road cracked=.8; cracked road=.8; lane damaged=.6;"
        " damaged lane=.6; cycle lane damaged=.8; badly damaged=.4;"
        " crack in road=.75; broken road=.75; road failing=.7; deep grooves=.55; tramlining=.6;"
        " poor grip=.5; reinstatement=.6; poor reinstatement=.8; loose ironwork=.6;"
        " washing out=.5; washed out=.5; street buckled=.85; road buckled=.85; buckling=.6;"
        " dip in the road=.85; dip in road=.85; road deterioration=.85; deteriorating road=.85;"
        " road degradation=.85; road quality=.7; crack in the road=.85; fissure=.6; subsiding=.55;"
        " subsidence=.65;"
        " heaving=.7; heaving up=.85; road heaving=.9; washout=.45; road washout=.95; shoulder eroded=.9;"
        " shoulder has eroded=.9; washboard=.8;"
        " washboard road=1; busted street=.85; busted road=.85; street busted=.8;"
        " road busted=.8;"
        " depression in the roadway=.9; depression in the road=.9; crack across the road=.85;"
        " crack in the street=.85; crack opening=.6; patch sank=.85; patch already sank=.85;"
        " patch failed=.8; sank=.45; sunk=.45;"
        " asphalt heaved=.9; heaved up=.6; crack across the street=.85; crack clear across=.8;"
        " cattle grid=.7; crash barrier=.6; verge chewed up=.8; chewed up=.6",
        "pothole=1; road repair=.85; street repair=.85; road surface=.85; road defect=.85; carriageway=.7;"
        " street defect=.85; defect=.6; roadway=.5; road maintenance=.8; highway maintenance=.7;"
        " roads highways=.6; highway=.55; road=.5; street=.3; asphalt=.7; tarmac=.7; pavement condition=.5;"
        " roadway surface=.9; surface=.5; shoulder=.7; road shoulder=.9; erosion=.5; grading=.7;"
        " gravel road=.9",
    ),
    _c(
        "streetlight",
        "streetlight=1; street lamp=1; lamppost=1; lamp out=1; light out=.9; light not working=.9;"
        " light broken=.85; broken light=.85; light flickering=.9; flickering=.6; lamp=.75; light=.5;"
        " dark=.4; bulb=.6; light stay on=.8; light on during day=.9; lights out=.9; light burned out=.95;"
        " light burnt out=.95; bulb out=.95; blown out=.35; poorly lit=.9; too dark=.7; dark at night=.8;"
        " more light=.8; need light=.6; need more light=.9; light pole=.8; lamp post=1; light went out=.9;"
        " streetlamp=1;"
        " lampost=1; lamp not working=1; lamp broken=.95;"
        " lamp column=1; light column=.9;"
        " blown out=.6; blows out=.6; bulb blown=.9; bulb out=.9;"
        " footpath lighting=1; path lighting=.9; illuminated bollard=.9; bollard is out=.8; bollard light=.9;"
        " street ligt=.9; ligt out=.8; light is broken=.9; light broken=.85; lights out in a row=1;"
        " lantern=.8; hanging off by its wires=.9; lamp head=.9; alley light=.95; alley lights=.95;"
        " alleylight=1",
        "streetlight=1; street lamp=1; lamp=.9; light=.65; lighting=.7; luminaire=1; luminaires=1;"
        " alleylight=.7",
    ),
    _c(
        "traffic_signal",
        "traffic light=1; traffic signal=1; signal=.7; red light=.7; green light=.7; pedestrian signal=.9;"
        " crossing light=.8; walk signal=.9; signal timing=.9; turn signal=.8; left turn arrow=.8;"
        " walk light=1; pedestrian light=1; light cycle=.9; light timing=.9; crosswalk light=.9;"
        " turn arrow=.8; stop light=1; stoplight=1; light not change=.9; light to change=.9;"
        " light change=.8; light not trigger=.9; light trigger=.8; light stuck=.8; stuck on red=1;"
        " sensor=.45; flashing red=.8; flashing yellow=.8; signal out=1; traffic light out=1;"
        " belisha beacon=.9; pelican crossing=.8; puffin crossing=.8; toucan crossing=.8;"
        " crossing button=.9; push button=.7; wait light=.8;"
        " pedestrian crossing not working=1; crossing not working=.9; crossing phasing=.8;"
        " traffic detector=.8; phasing=.6; green man=.8; pedestrian crossing=.45;"
        " not change=.6; never changes=.6; light at crosswalk=.9;"
        " walk sign=.9; walk sign never=1; dont walk sign=.9;"
        " pedestrian button=.9; wait button=.8;"
        " walk button=.9; walk signal button=1; crosswalk button=.9;"
        " every single red=.9; hit every red=.9; sync the lights=.9; sync them=.6; synced=.6; timing=.5;"
        " four way stop=.7; 4 way stop=.7; like a four way stop=.9; like a 4 way stop=.9;"
        " turns green=.9; turns red=.9; green light=.7; green for=.6; light timing=.9; signal timing=1;"
        " left turn arrow=.9; turn arrow=.8; stays red=.9; stuck on red=.9;"
        " lights at the crossroads=.9; lights at the junction=.9; crossroads lights=.9;"
        " chirping=.8; audible signal=.9; beeping=.6; beeper=.8; accessible signal=.9; crossing beeper=.9",
        "traffic signal=1; traffic light=1; signal=.85; traffic=.3; pedestrian crossing=.8;"
        " crossing fault=.9",
    ),
    _c(
        "graffiti",
        "graffiti=1; tagging=.8; tagged=.7; spray paint=.95; spray painted=.95; spraypaint=.95; carved=.6;"
        " new tags=.8;"
        " carved names=.85; carved into=.8; etched=.6; scratched into=.7;"
        " spraypainted=.95; vandalism=.55;"
        " vandalised=.55; vandalized=.55; defaced=.6; written on wall=.7; writing on wall=.7; scrawled=.7;"
        " offensive writing=.7; gang sign=.7;"
        " scribbling=.6; scribblings=.6; scribbles=.6;"
        " painted names=.8; names painted=.8; painted all over=.8;"
        " racist words=.9; words painted=.8; painted on the side=.7; racist graffiti=1;"
        " scratched words=.9; scratched into=.8; etched=.7;"
        " gang tags=1; gang tag=1; tags on the wall=.9; tags on wall=.9; tag=.45",
        "graffiti=1; tagging=.9; vandalism=.6; defacement=.6",
    ),
    _c(
        "fly_posting",
        "fly posting=1; flypost=1; posters=.8; poster=.7; stickers=.7; sticker=.6; flyers=.6;"
        " sign without permit=.7; illegal sign=.7; advertising board=.6;"
        " advertisement=.6; advertising=.5;"
        " we buy houses=1; bandit signs=1; stapled=.6; signs on poles=.8; signs stapled=.9;"
        " stapled to every=.9; taped to every=.9; tied to every=.8; to every pole=.8;"
        " telephone pole=.45; utility pole=.45;"
        " sale signs=.8; sale sign=.8; stapled to=.8;"
        " flyers taped=.9; taped to=.7; open house signs=.9; realtor signs=.9; stickers plastered=.9;"
        " plastered=.6",
        "flypost=1; fly posting=1; poster=.9; sticker=.8; temporary signage=.7; signage without permit=.8;"
        " illegal posting=1; posting=.8; posters=.9; handbill=.9; flyer=.8; bandit sign=1; bandit signs=1",
    ),
    _c(
        "fly_tipping",
        "flytip=1; fly tipping=1; tipped rubbish=.95; tipped waste=.9; tipped garden waste=.95;"
        " tipped over the wall=.85; been tipped=.85; someones tipped=.85; dumped=.9; dumping=.9;"
        " toss out bags=.9; tossing bags=.85; tossed bags=.85; threw bags=.85; throwing bags=.85;"
        " leaving bags=.8; leave bags=.75; leaving trash=.8; leaving their trash=.85;"
        " illegal dumping=1; mattress=.85; sofa=.75;"
        " couch=.75; fridge=.75; furniture=.65; rubble=.65; tyres dumped=.9; pile of rubbish=.75;"
        " pile of junk=.75; bulky=.7; junk=.5; abandoned items=.7; left on pavement=.5; left on street=.5;"
        " old tires=.6; household items=.6; appliance=.7; stove=.55; washing machine=.7; lawn mower=.45;"
        " builders waste=.8; builders rubble=.8;"
        " armchair=.75; office chair=.7; tyre left=.8; tire left=.8; oil drum=.7;"
        " construction debris=.9; drywall=.8; concrete chunks=.8; truckload=.7; tv=.55; television=.6;"
        " mattresses=.85; piled at the curb=.7; their stuff=.5; evicted=.6; eviction=.6;"
        " scrap metal=.7; scrap=.45;"
        " refrigerator=.75; broken chairs=.6;"
        " carpet=.75; underlay=.7; bathroom suite=.95; toilet and sink=.8; toilet sink=.8; thrown over=.7;"
        " bags of rubbish=.8; black bags=.7;"
        " deposited=.7; been deposited=.8; van load=.85; vanload=.85; in the woods=.55; dumpd=.85;"
        " bags of clothes=.7;"
        " shingles=.7; roofing=.5; contractor bags=.7; tires dumped=.9; car tires=.6; chucked over=.8;"
        " chucked=.6",
        "flytip=1; fly tipping=1; dumping=1; dumped=.9; illegal dumping=1; bulky=.7; bulky item=.8;"
        " junk=.6; trash=.55; rubbish=.55; waste=.3; debris=.35; property maintenance=.45;"
        " code violation=.45; code enforcement=.5; illegal disposal=1; disposal of refuse=.8",
    ),
    _c(
        "litter",
        "toilet paper=.6; litter=1; littering=1; rubbish=.8; trash=.8; garbage=.8; broken glass=.75;"
        " glass=.45; debris=.6;"
        " mess=.45; dirty=.5; needles=.75; syringe=.8; cans=.4; bottles=.45; leaves=.45; sweep=.8;"
        " street cleaning=.95; cleaning=.55; sand=.5; gravel=.4; cigarette=.5; loose trash=.9; mud=.55;"
        " mud on road=.85; nitrous oxide=.8; canisters=.7; cartridges=.6; cans and bottles=.8;"
        " fast food=.6; takeaway boxes=.7; pile of=.45; piles of=.45; junk=.55; crap=.35; piled up=.5;"
        " clean up=.45; clean it up=.5;"
        " glass on ground=.8; broken bottle=.7; discarded=.5; strewn=.5; fallen leaves=.8; leaves on=.6;"
        " wet leaves=.7; pile of leaves=.8; leaf litter=.8; leaf=.5;"
        " paint spill=.7; spilt paint=.8; paint spillage=.8; spillage=.6; spill=.5;"
        " muddy road=.8; soiled=.6; glass scattered=.8; glass on the road=.8; glass on road=.8;"
        " gravel on road=.7; gravel in the road=.7;"
        " sand and gravel=.8; gravel all over=.8;"
        " tracking mud=.9; mud all over=.8; tracked mud=.9;"
        " gravel spills=.8; spills all over=.7; chip papers=.8; fag ends=.9; not been swept=.9;"
        " hasnt been swept=.9; swept=.6",
        "litter=1; street cleaning=.9; cleaning=.75; cleansing=.8; dirty street=.85; dirty lot=.6;"
        " dirty alley=.8; sweep=.8; rubbish=.8; trash=.75;"
        " garbage=.75; debris=.7; sanitation=.55; cleanup=.7; clean=.6; junk=.5; property maintenance=.4;"
        " code violation=.4; code enforcement=.45; sand=.6; grit=.6; mud=.7; spillage=.8",
    ),
    _c(
        "bins",
        "bin=.8; wheeliebin=1; missed collection=1; missed bin=1; not collected=.9; collection=.6;"
        " truck skipped=.9; skipped our=.85; skipped us=.85; skipped the=.6; skipped=.5;"
        " bin not emptied=1; not emptied=.8; overflowing bin=.8; overflowing=.6; dustbin=.9;"
        " garbage can=.85; trash can=.85; rubbish collection=1; trash pickup=1; garbage pickup=1;"
        " pickup=.5; refuse=.75; missed pick up=1; missed pickup=1; pick up=.45; binbag=.6; bin bags=.6;"
        " trash collection=1; garbage collection=1; dumpster=.6; dumpsters=.6;"
        " skipped=.6; skipped my house=.9; skipped our house=.9; skipped our street=.9; garbage truck=.7;"
        " trash truck=.7; cans at the curb=.7; can at the curb=.7;"
        " bins at the curb=.7;"
        " missed trash=.9; missed garbage=.9; missed our trash=.9; missed my trash=.9;"
        " toter=.8; toters=.8; trash toter=.9;"
        " not picked up=.7; got skipped=.8; still sitting at the curb=.7;"
        " pickup day=.8; trash day=.8; garbage day=.8; collection day=.8;"
        " schedule a pickup=.8; arrange a pickup=.8; bulk pickup=.9;"
        " litter bin=.9; litter bins=.9; food waste=.9; food waste collection=1; caddy=.7;"
        " garden waste bin=.9;"
        " left my bin=.8",
        "bin=.9; collection=.9; refuse=.9; waste=.55; trash=.6; garbage=.6; pickup=.7; sanitation=.5;"
        " receptacle=.8; dumpster=.8; can=.45; trash can=.9; overflowing=.7; city can=.9; litter can=.9;"
        " bulk=.5; bulk collection=.7; bulk trash=.7; bulky item=.5; solid waste=.8; refuse=.7",
    ),
    _c(
        "bulky_items",  # a sofa or a fridge the council collects by appointment: not the weekly round
        "bulk pickup=1; bulk collection=1; bulky item=1; bulky items=1; bulky waste=1; bulk trash=1;"
        " large item=.9; large items=.9; big item=.9; big items=.9; heavy trash=.9; special pickup=.8;"
        " couch picked up=.9; sofa collected=.9; mattress picked up=.9; furniture pickup=.9;"
        " pick up a couch=.9; pick up a mattress=.9; get rid of=.7; dispose of=.7; throw away=.6;"
        " couch=.45; sofa=.45; mattress=.45; box spring=.45; recliner=.45; furniture=.4; fridge=.4;"
        " refrigerator=.4; appliance=.4; appliances=.4; washing machine=.4; dresser=.4",
        "bulk=1; bulky=1; bulk collection=1; bulky item=1; bulky waste=1; bulk trash=1; large item=.9;"
        " heavy trash=.9; special collection=.7; white goods=.8; appliance=.5; furniture=.6",
    ),
    _c(
        "bin_container",  # the bin itself (broken, stolen, a new or bigger one), not its collection
        "broken bin=.85; bin broken=.85; cracked bin=.85; bin cracked=.85; bin stolen=.85; stolen bin=.85;"
        " supercan=.95; lid snapped=.85; lid broke=.85; lid broken=.85; wheel is gone=.7; wheel broke=.7;"
        " wheel fell off=.75;"
        " new bin=.85;"
        " replacement bin=.85; bigger bin=.85; bigger can=.85; bigger trashcan=.85; bin lid=.85;"
        " can lid=.85; lid broken=.85;"
        " broken lid=.85; crushed the lid=.85; trash cart=.85; recycling cart=.85; cart broken=.85;"
        " cart stolen=.85; cart never delivered=.85; damaged bin=.85; bin damaged=.85; wheel broken=.7;"
        " trashcan stolen=.85; can was stolen=.85; need a new bin=.85; need a new can=.85; new cart=.85;"
        " bin never delivered=.85; never delivered=.6; cracked=.35;"
        " wheel broke=.8; wheel broke off=.85",
        "container=1; trash container=1; recycling container=1; supercan=1; cart=.9; trash cart=1;"
        " wheeliebin=.9; bin repair=1; replacement bin=1; bin delivery=1; new bin=1",
    ),
    _c(
        "recycling",
        "recycling=1; recycle=.9; blue bin=.9; recycling bin=1; recycling box=1; recycling not collected=1;"
        " bottle bank=.95; recycling bank=.9; glass recycling=.9",
        "recycling=1; recycle=1",
    ),
    _c(
        "garden_waste",
        "yard waste=1; garden waste=1; green waste=1; green bin=.9; grass clippings=.8; brown bin=.8;"
        " leaves=.4; brush pile=.7; limbs pile=.6; compost=.7;"
        " leaf pickup=1; leaf pick up=1; leaf collection=1; leaves at the curb=.8; leaf piles=.8;"
        " piles of leaves=.7;"
        " leaf vacuum=.95; leaf truck=.9; raked=.4; raked leaves=.9; leafs=.6; leaves not collected=.9;"
        " christmas tree=.9; christmas trees=.9",
        "yard waste=1; garden waste=1; green waste=1; compost=.7; leaf collection=1; leaf=.7; leaves=.7;"
        " brush=.6; brush collection=.9",
    ),
    _c(
        "abandoned_vehicle",
        "abandoned car=1; abandoned vehicle=1; abandoned=.7; abandon=.7; car=.35; vehicle=.35; van=.3;"
        " no tags=.75; no tag=.75; expired tags=.7; no plates=.8; no plate=.8; no license plate=.8;"
        " untaxed=.9; flat tire=.55; flat tires=.55; burnt out car=.95; derelict car=1; not moved=.6;"
        " hasnt moved=.6; sitting for months=.6; parked for weeks=.6; sorn=.9; camper=.4; trailer=.35;"
        " automobile=.4; not been moved=.85; inoperable=.8; inoperable vehicle=1; date tags=.75;"
        " tags expired=.75;"
        " expired tag=.7; not tagged=.7; expired plates=.8; expired registration=.75; broken down car=.8;"
        " broken down vehicle=.8; broken down truck=.75; broken down suv=.8; broken down van=.75; suv=.35;"
        " on blocks=.85; up on blocks=.9; car on blocks=.95; cars on blocks=.95; none of them run=.6;"
        " tax disc=.7; expired tax=.8; no mot=.8; no insurance=.6; no number plates=.85; motorhome=.4;"
        " still sits=.6; still sitting=.45; sits in street=.45; with a flat=.6; expired plate=.75;"
        " plate was from=.6;"
        " car dumped=.9; dumped car=.95; vehicle dumped=.9; dumped vehicle=.95;"
        " vehicle left=.6; car left=.6; van left=.6; left since=.45; motorbike=.35; moped=.35;"
        " junked car=1; junked van=1; junked vehicle=1; junked truck=1; junk car=.9; never moves=.7;"
        " never moved=.7;"
        " has not moved=.7; stolen and dumped=.9; stolen car=.8; smashed windows=.5;"
        " boat trailer=.6; since summer=.4; for months=.35;"
        " honda=.35; toyota=.35; ford=.3; chevy=.35; chevrolet=.35; nissan=.35; dodge=.3; buick=.35;"
        " hyundai=.35; kia=.3; tire is gone=.6; tire missing=.6; missing tire=.6; out of state plates=.75;"
        " out of state tags=.75;"
        " not run=.6; rusting away=.7; rusted out=.6; pickup truck=.5; leaking fluids=.6;"
        " on sorn=.95; sorned=.9;"
        " burned out car=.95; burned car=.9; motorbike dumped=.9; van left=.75; left for weeks=.6;"
        " parked so long=.8; been parked so long=.85",
        "abandoned vehicle=1; abandoned car=1; abandoned automobile=1; abandoned=.85; vehicle=.5; car=.5;"
        " automobile=.6; derelict=.7; code enforcement=.4; inoperable=.9; inoperable vehicle=1;"
        " inoperable motor vehicle=1; motor vehicle=.5",
    ),
    _c(
        "drain",
        "blocked drain=1; drain=.9; drains=.9; gully=.9; gulley=.9; stormdrain=1; storm sewer=.9;"
        " drainage=.9; flood=.8; flooding=.8; flooded=.8; standing water=.85; puddle=.6; water pooling=.8;"
        " ponding=.8; pond=.45; grate=.6; culvert=.8; catch basin=.9; storm water=.9; runoff=.8; inlet=.5;"
        " drain cover=.9; storm grate=.95; grate missing=.9; missing grate=.9; storm inlet=.95; ditch=.6;"
        " gets filled with water=.8; fills with water=.8; water underneath=.5;"
        " water accumulation=.7; standing water=.8;"
        " water sits=.8; water stands=.8; after it rains=.6; when it rains=.55; every time it rains=.7;"
        " into my basement=.6; basement flooding=.9; flooding basement=.9; ditch eroding=.9; eroding=.6;"
        " erosion=.8;"
        " grid=.5; blocked grid=.9",
        "drain=1; drainage=1; gully=1; stormdrain=1; storm sewer=.9; flood=.9; runoff=.8; storm water=.9;"
        " water=.3; sewer=.45; catch basin=1; inlet=.7; grate=.7; culvert=.8; stormwater=.9; storm water=.9;"
        " conveyance=.5; ditch=.8; grip=.5",
    ),
    _c(
        "sewer",
        "sewage=1; sewer=.85; sewer smell=1; manhol=.75; manhole cover=.8; sewage backup=1; septic=.8;"
        " inspection cover=.8; inspection chamber=.75; utility cover=.7; drain cover=.6;"
        " sewerage=.9;"
        " manhole lid=.9",
        "sewer=1; sewage=1; sanitary sewer=1; manhol=.8; septic=.9",
    ),
    _c(
        "water_leak",
        "water leak=1; leaking water=1; leak=.7; leaking=.7; burst pipe=1; burst main=1; water main=1;"
        " hydrant=1; watermeter=.9; water meter=.9; meter box=.6; no water=.8; water pressure=.8;"
        " water running down=.7; water coming up=.8; water pouring=.85; water leaking=1; main break=1;"
        " water main break=1; out of the ground=.6; stop cock=.8; stopcock=.8; water valve=.8;"
        " valve cover=.7;"
        " water bubbling=.8; bubbling up=.6; broken main=.85; water gushing=.85; gushing=.6;"
        " watermain=1; burst watermain=1;"
        " water bubbling up out of the road=1; burst main=1",
        "water utility=.9; water main=1; hydrant=1; leak=.9; water=.55; watermeter=.9; water meter=.9;"
        " water distribution=.8; distribution system=.6",
    ),
    _c(
        "sidewalk",
        "sidewalk=.95; pavement=.7; footpath=.95; footway=.95; walkway=.8; broken pavement=1;"
        " cracked pavement=1; uneven pavement=1; broken sidewalk=1; cracked sidewalk=1; uneven sidewalk=1;"
        " trip hazard=.85; tripping hazard=.85; trip=.45; paving slab=.95; slab=.7; loose slab=1;"
        " heaved sidewalk=1; raised slab=.9; ramp=.45; walking=.3; paving=.75; paving stone=.95;"
        " paving stones=.95; loose paving=1; broken paving=1; flagstone=.8; uneven paving=1;"
        " path=.35; pathway=.6; uneven path=.8; broken path=.8; damaged path=.8; path damaged=.8;"
        " cracked path=.8; path broken=.8;"
        " crack in the walk=.9; walk is cracked=.9; walk sunk=.8; front walk=.5;"
        " not shoveled=.6; nobody shoveled=.6;"
        " hole in the sidewalk=1; hole in sidewalk=1; bricks missing=.8; missing bricks=.8;"
        " bricks are missing=.8;"
        " stairs=.5; steps=.4; pedestrian overpass=.7; overpass stairs=.8; flag=.5; cracked flag=.9;"
        " paving flag=.9; causey=.8; hole in the pavement=1; hole in pavement=1",
        "sidewalk=1; pavement=.8; footpath=1; footway=1; walkway=.8; pedestrian=.4; walking=.45; ramp=.5;"
        " curb=.4; walkway=.8; pedestrian walkway=.9",
    ),
    _c(
        "curb",
        "curb=.95; curb and gutter=1; gutter=.8; street gutter=.95; dropped curb=.9; curb cut=.9;"
        " broken curb=1",
        "curb=1; gutter=.8",
    ),
    _c(
        "tree",
        "fallen tree=1; tree=.9; branch=.8; limb=.8; tree limb=1; overhanging branch=1; tree root=.9;"
        " stump=.8; dead tree=1; leaning tree=1; tree down=1; roots=.6;"
        " tress=.7; tress need=.9;"
        " bark=.6; bark peeling=.9; peeling bark=.9; leafed out=.7; dying tree=1;"
        " mushrooms growing=.6; big lean=.7",
        "tree=1; forestry=.8; arborist=.8; branch=.8; limb=.8; hedge=.4; vegetation=.4",
    ),
    _c(
        "tree_trim",  # cutting back a living tree, as against removing, inspecting or planting one
        "trim=.8; trimmed=.8; trimming=.9; prune=.9; pruned=.8; pruning=.9; cut back=.8; overhanging=.6;"
        " hanging over=.7; low hanging=.85; hanging low=.85; branches over=.6; limbs over=.6;"
        " hitting trucks=.6;"
        " hitting cars=.5; need trimmed=.8; needs trimmed=.8; blocking the sign=.6; covering the sign=.7",
        "pruning=1; prune=1; trimming=1; trim=1; tree trimming=1",
    ),
    _c(
        "vegetation",
        "overgrown=.9; overgrowth=.9; vacant lot=.6; long grass=1; tall grass=1; grass=.65; weeds=.9;"
        " weed=.85;"
        " mowing=.9; mow=.85; mowed=.85; hedge=.75; bush=.7; bushes=.7; shrub=.7; shrubs=.7; brambles=.85;"
        " nettles=.8; ivy=.6; vegetation=.9; foliage=.8; overhanging=.6; grass verge=.8; verge=.4;"
        " over grown=.9;"
        " hogweed=.9; giant hogweed=1; hedgerow=.75; thorns=.6; blackberry=.5;"
        " vines=.7; vine=.6; taking over=.45; brush=.5;"
        " jungle=.75; not been cut=.8; nobody cut=.7; not mowed=.9; hasnt been mowed=.9; never mowed=.8;"
        " waist=.6; knee high=.8; waist high=.9; up to my waist=.9",
        "excessive growth=1; growth=.85; overgrown=1; grass=1; weed=1; mowing=1; vegetation=1;"
        " grounds maintenance=.8; grass cutting=1; landscape=.6; landscaping=.6; hedge=.8; verge=.7;"
        " property maintenance=.5; code violation=.5; code enforcement=.6; overgrowth=1; vacant lot=.6;"
        " weeds=1; nature strip=.6",
    ),
    _c(
        "dead_animal",
        "dead animal=1; dead fox=1; dead cat=1; dead dog=1; dead deer=1; dead badger=1; dead bird=1;"
        " dead pigeon=1; dead squirrel=1; dead rabbit=1; dead rat=1; dead possum=1; dead raccoon=1;"
        " dead hedgehog=1; carcass=1; roadkill=1; dead=.35;"
        " dead muntjac=1; muntjac=.5; deer=.4",
        "dead animal=1; carcass=1; roadkill=1; animal=.6; animal control=.6; deceased animal=1; deceased=.8",
    ),
    _c(
        "animals",
        "stray dog=1; stray=.8; loose dog=.9; dog loose=.9; barking=.7; animal=.6; animals=.6;"
        " aggressive dog=.9; injured animal=.9; neglected dog=.9; neglected animal=.9; neglected pet=.9;"
        " neglected cat=.9;"
        " neglected horse=.9; wildlife=.7; geese=.5; partridge=.6;"
        " snake=.7; bird=.4; dog=.55; dogs=.55; pit bull=.9; running loose=.85; run free=.6;"
        " running free=.7; at large=.5; coyote=.8; coyotes=.8; raccoon=.6; raccoons=.6; skunk=.7;"
        " possum=.6; opossum=.6; groundhog=.7; deer=.5; bat=.5; bats=.5; bees=.5; beehive=.7; swarm=.6;"
        " feral cat=.9; feral cats=.9; cat=.4; cats=.4; animal abuse=1; dog left outside=.9;"
        " no water for dog=.9;"
        " fox=.8; foxes=.8; tied up=.6; dog tied up=.95; chained up=.7; chained dog=.95; no shade=.6;"
        " acting weird=.5; rabid=.9; bit my=.6;"
        " dog running=.8; without owner=.6; no owner=.6; dog chained=.95; family of raccoons=.9;"
        " raccoons living=.9; racoon=.6; racoons=.6; family of racoons=.9; racoons living=.9;"
        " skunks=.7; living under the porch=.8; under the porch=.6; geese=.7; goose=.7; hissing=.6;"
        " charging at=.6",
        "animal control=1; animal=.85; stray=.9; pet=.7; wildlife=.8; wandering=.6; loose=.6; cruelty=.9;"
        " neglect=.8; injured=.6",
    ),
    _c(
        "pests",
        "rats=1; rat=.95; mice=.9; rodent=1; rodents=1; vermin=1; pest=.9; pests=.9; wasps=.8;"
        " wasp nest=.9; mosquito=1; mosquitoes=1; cockroach=.9; infestation=.9; insects=.8; insect=.8;"
        " bugs=.6; bed bugs=.9; ticks=.6; roaches=.9; termites=.8; fleas=.7;"
        " mosquito spraying=1; spraying=.5; spray for mosquitoes=1;"
        " bedbugs=.9; bed bug=.9",
        "pest=1; vermin=1; rodent=1; mosquito=1; infestation=.8; rat=.9; insect=.9; insects=.9; bee=.6",
    ),
    _c(
        "dog_fouling",
        "dog mess=1; dogpoo=1; dog fouling=1; fouling=.95; dog waste=1; dog dirt=1; dog muck=1; poo=.8;"
        " feces=.8; excrement=.8; droppings=.7; human waste=.7;"
        " human faeces=.9; defecation=.8; faeces=.8;"
        " bag dispenser=.8; dispensers=.5; dispenser=.5",
        "dog fouling=1; fouling=1; pet waste=1; dog waste=1; excrement=.8; feces=.8; dog=.5; dog poo=1;"
        " dog poop=1; dog mess=1",
    ),
    _c(
        "road_sign",
        "road sign=1; street sign=.9; traffic sign=1; stop sign=1; yield sign=1; give way sign=1;"
        " speed limit sign=1; sign=.65; signs=.65; signage=.8; sign missing=.9; sign down=.9;"
        " sign knocked over=.9; one way sign=1; no parking sign=.8; sign remains=.8; sign still up=.8;"
        " sign left up=.8; repeater=.7; speed limit repeater=1; sign incorrect=.8; wrong sign=.8;"
        " misplaced sign=.9; sign plate=.8; exception plate=.8; plaque=.5; trailblazer=.6;"
        " signpost=.8; sign post=.8; vms=.6; variable message sign=.9; height restriction=.5;"
        " finger post=.9; fingerpost=.9; signpost=.9; pointing the wrong way=.8",
        "sign=1; signage=.9; traffic sign=1; street sign=1; road sign=1",
    ),
    _c(
        "street_nameplate",
        "street name=.9; nameplate=1; street name sign=1; name sign=.8;"
        " road name missing=.9; street name missing=.9; road name sign=.9;"
        " name plate=.9; road name=.7; street name plate=1;"
        " showing its name=.9; no name sign=.9; name of the road=.8; name of the street=.8",
        "nameplate=1; street name=1",
    ),
    _c(
        "road_markings",
        "road markings=1; markings=.9; white lines=1; yellow lines=.7; faded lines=1; line painting=1;"
        " lines faded=1; zebra crossing=.7; crosswalk=.7; paint faded=.8; keep clear=.75; road paint=.8;"
        " paint on road=.8; lines need repainting=1; repaint=.6;"
        " cross hatching=.8; stop line=.8; give way line=.8; junction arrow=.7; shellgrip=.7; anti skid=.7;"
        " cats eyes=.8; reflectors=.5; reflector=.5;"
        " paint worn=.8; worn off=.6; crosswalk paint=.9; lines faded=.9; faded lines=.9;"
        " lane lines=.9; crosswalk lines=.9; lines are faded=.9; lines worn=.9;"
        " zig zags=.9; zigzags=.9; zig zag lines=1; zig zag=.8;"
        " double yellows=.9; double yellow lines=.9; yellow lines=.8; white paint=.7; paint is gone=.7",
        "marking=1; line painting=.8; striping=.9; crosswalk=.7; painting=.6",
    ),
    _c(
        "parking",
        "parked=.5; parking=.5; parked on grass=.5; parked in yard=.5; permit=.5; meter=.5; garage=.35;"
        " car park=.6; private parking space=.8; parking space=.55;"
        " disabled bay=.9; disabled bays=.9; parking bay=.7; parking bays=.7;"
        " bays=.6; fill the bays=.8; commuters=.6",
        "parking=1; parked=1; car parking=1; meter=.5; permit=.5; citation=.5; garage=.4; vehicle=.3;"
        " ticket=.5; parking ticket=1; carpark=1; pay box=.9; paybox=.9; pay station=.9; paystation=.9;"
        " pay and display=.9; parking kiosk=.9",
    ),
    _c(
        "parking_violation",  # a car parked where it may not be, or a ticket: enforcement, not permits
        "illegally parked=1; illegal parking=1; double parked=1; parked on pavement=1; pavement parking=1;"
        " parked on sidewalk=1; blocking driveway=.65; blocking my drive=.65; blocking my driveway=.7;"
        " car blocking=.8; parked blocking=.9; truck blocking=.8;"
        " no placard=.95; without a placard=.95; no handicap placard=.95; no blue badge=.9;"
        " in front of my driveway=.7; across my driveway=.7;"
        " parked by hydrant=.9; parked at hydrant=.9;"
        " parked in front of hydrant=.9; parked in crosswalk=.9; parked on the corner=.6;"
        " parking ticket=.9; got a ticket=.6; citation=.8; wrong way parked=.8; parked the wrong way=.8;"
        " on top of the crosswalk=.8; blocking the crosswalk=.9; blocks the crosswalk=.9",
        "citation=1; parking enforcement=1; parking violation=1; ticket=.8; parking ticket=1",
    ),
    _c(
        "lawn_parking",
        "parked on grass=.9; parked in yard=.9; parked on lawn=.95; parking on lawn=.95; parking on grass=.9;"
        " parking in yard=.9; parked in front yard=.95; cars on lawn=.8; car on grass=.8; vehicle on lawn=.8;"
        " parked on dirt=.8; parked on gravel=.6",
        "unimproved surface=1; parked in grass=.9; parking on grass=.9; lawn parking=1; yard parking=1;"
        " front yard parking=1; parking on lawn=1",
    ),
    _c(
        "snow_ice",
        "snow=1; ice=.9; icy=.9; gritting=1; grit=.9; salt=.7; salting=.8; snow plow=1; snow plough=1;"
        " slippery=.6; black ice=1; frozen=.6; not plowed=1; unplowed=1; not cleared=.55; uncleared=.6;"
        " sidewalk not cleared=.95; sidewalks not cleared=.95; sidewalk not shoveled=.95;"
        " sidewalks not shoveled=.95; sidewalk never shoveled=.95; walk not shoveled=.9;"
        " shovel=.9; shoveled=.85; not shoveled=1; plow=.9; plowed=.8; plough=.9; ploughed=.8; sleet=.7;"
        " slush=.8",
        "snow=1; ice=1; gritting=1; grit=1; winter=.7; salt=.6; icy=1",
    ),
    _c(
        "noise",
        "noise=1; noisy=.9; loud=.8; music=.7; party=.5; shouting=.6; alarm=.6; fireworks=.6;"
        " karaoke=.8; amplified=.6",
        "noise=1; nuisance=.5; loud=.8; barking=.6",
    ),
    _c(
        "street_furniture",
        "bench=1; bollard=.9; railing=.85; railings=.85; handrail=.6;"
        " barrier=.6; guard rail=.9; guardrail=.9; fence=.5; grit bin=.7; phone box=.8;"
        " telephone box=.8; noticeboard=.7; notice board=.7; bin broken=.4;"
        " cattle grid=.6; gate=.4; stile=.6;"
        " sheffield stand=.8; cycle stand=.7; bike rack=.7; fencepost=.5; fence post=.5;"
        " news rack=.9; newsrack=.9; newspaper box=.9; newspaper rack=.9;"
        " lifebuoy=.8; life ring=.8; gate broken=.6",
        "street furniture=1; bench=1; bollard=1; bus shelter=.6; railing=.8;"
        " barrier=.7;"
        " news rack=.9; newsrack=.9; newspaper rack=.9",
    ),
    _c(
        "parks",
        "playground=1; play area=1; swing=.7; swings=.7; slide=.6; park=.45; the park=.6;"
        " football pitch=.8; picnic=.6; trail=.6; path in park=.8; play equipment=1;"
        " playground equipment=1; flower bed=.7; flowerbed=.7; meadow=.5; skatepark=.8; skate park=.8;"
        " tennis court=.8; basketball court=.8; picnic table=.8;"
        " climbing frame=.8; rope ladder=.6; merry go round=.8; fitness equipment=.7; outdoor gym=.8;"
        " boardwalk=.5; water fountain=.6; drinking fountain=.6;"
        " recreation ground=.8; recreation area=.8; rec ground=.8;"
        " zip line=.8; zipwire=.8; zip wire=.8;"
        " basketball rim=.9; basketball hoop=.9; hoop=.6;"
        " memorial gardens=.8; memorial garden=.8; gardens=.45;"
        " bowling green=.9; on the green=.6; village green=.9",
        "park=.9; playground=1; recreation=.6; landscape=.5; open space=.8; trail=.7; green space=.8;"
        " beach=.8; foreshore=.8; boat ramp=.8; jetty=.7",
    ),
    _c(
        "building",
        "unsafe building=1; dangerous building=1; derelict building=1; derelict=.6; building=.55;"
        " house=.45; property=.45; broken window=.6; broken windows=.6; windows=.4; porch=.5; roof=.5;"
        " boarded up=.6; vacant house=.8; empty house=.7; vacant=.55; vacant lot=.5; falling apart=.6;"
        " falling down=.5;"
        " collapsing=.6; structure=.55; fire damage=.7; code violation=1; violations=.7; violation=.7;"
        " slumlord=.6; landlord=.45; tenant=.45; rental=.5; sanitation=.4; sanitary=.4; paint=.3; yard=.35;"
        " dilapidated=.7; condemned=.8; unsafe structure=1; foundation=.5; disrepair=.85; siding=.65;"
        " soffit=.75; shed=.6; stair=.4; eyesore=.75; eye sore=.75; rundown=.7; run down=.55; fix up=.65;"
        " fixing up=.7; up to code=.85; mold=.75; mould=.75; peeling paint=.75; peeling=.5;"
        " needs paint=.65; rotten=.45; rotting=.45; squatters=.8; squatter=.8; abandoned house=.95;"
        " abandoned home=.95; abandoned property=.85; vacant property=.8; home=.35; dwelling=.6; duplex=.5;"
        " homeowner=.45; property owner=.5; no permit=.5; without permit=.5; unpermitted=.6; unlicensed=.6;"
        " airbnb=.75; short term rental=.9; hoarding=.7; hoarder=.7; inside and out=.4; junk in yard=.7;"
        " yard full of=.6; broken down house=.8; gutters falling=.8; gutter falling off=.8;"
        " hole in siding=.9; hole in the siding=.9; hole on the siding=.9; hole in roof=.9;"
        " hole in wall=.6; not have a permit=.55; not permitted=.5; no building permit=.8;"
        " building permit=.6; garage=.4; detached garage=.8; garage door=.5; guttering=.6;"
        " gutter on house=.75; house gutter=.75;"
        " flaking paint=.75; paint flaking=.75; paint deterioration=.7; poor condition=.5; no screens=.6;"
        " unsafe deck=.8; deck=.45; burnt out house=.95; burned out house=.95; fire damaged=.7;"
        " open to the elements=.7;"
        " roof caving in=.9; roof caving=.9; roof collapsing=.9; roof collapsed=.9; ceiling collapsed=.8;"
        " leaning chimney=.95; chimney leaning=.95; chimney falling=.95; chimney collapsing=.95;"
        " bulging=.6; wall bulging=.9; bricks fell=.8; warehouse=.6; brick wall=.6",
        "unsafe building=1; building=.8; structure=.8; property maintenance=1; property=.6;"
        " code violation=1; code=.45; housing=.6; rental=.6; dangerous structure=1; unsafe structure=1;"
        " premises=.7;"
        " sanitation=.6; sanitation enforcement=.9; zoning=.6; vacant building=1; abandoned building=1;"
        " vacant=.6",
    ),
    _c(
        "fire_hazard",
        "fire hazard=1; fire=.45; burning=.6; smoke=.6; arson=.7; bonfire=.7; dry brush=.7; pallets=.5;"
        " could catch fire=.9;"
        " burning trash=.9; burning leaves=.9; open burning=1; burning rubbish=.9; burn pile=.8;"
        " fireworks=.8; caught fire=.9; dry field=.6",
        "fire hazard=1; fire=.8",
    ),
    _c(
        "cycling",
        "bike lane=1; cycle lane=1; cycle path=1; bicycle=.9; cyclist=.85; cyclists=.85; bike=.8;"
        " bike rack=.9; cycle=.8; cyclepath=1; cycleway=1; cycle track=1; cycle crossing=.9;"
        " shared use path=.8;"
        " bike rack=1; bike racks=1; bicycle rack=1",
        "bike=1; bicycle=1; cycling=1; cycle=1; biking=1",
    ),
    _c(
        "scooters",
        "scooter=1; scooters=1; bird scooter=1; lime scooter=1; bikeshare=.9; dockless=.9;"
        " scooters dumped=1; scooter dumped=1; scooters left=.95; scooters lying=.95; scooters blocking=1",
        "scooter=1; bikeshare=.9; micromobility=1",
    ),
    _c(
        "alley",
        "alley=1; alleyway=1; ally=.7; back lane=.8; ginnel=1; snicket=1; jitty=1",
        "alley=1; alleyway=1",
    ),
    _c(
        "visibility",
        "blocking view=1; blocks view=1; view blocked=1; visibility blocked=1; vision blocked=.9;"
        " sight blocked=.9; visual area blocked=.9; visibility=.9; cant see=.5; sight line=1;"
        " blind corner=.9;"
        " view of traffic=.9; obstructing view=1; cant see oncoming=1; cant see traffic=1; see around=.7;"
        " blocking visibility=1; limiting visibility=.9; sight distance=1",
        "line of sight=1; sight=1; visibility=1",
    ),
    _c(
        "traffic_safety",
        "speeding=1; speed bump=.9; speed hump=.9; traffic calming=1; drag racing=.9; racing=.6;"
        " tailgating=.8; passing on the double yellow=.9; school zone=.6; stop arm=.9;"
        " passing the school bus=.9; blow past=.6; blew thru=.5;"
        " blew through=.5; way over the speed limit=1; over the speed limit=.9;"
        " dangerous junction=.85; dangerous intersection=.85; speed limit=.75; speeders=.9; too fast=.7;"
        " dangerous driving=.9; crash=.6; accident=.5; traffic safety=1; slow down=.6; speed cushion=.85;"
        " speed camera=.7; safety camera=.6; driving on pavement=.8; driving on the sidewalk=.8;"
        " confusing junction=.6; dangerous crossing=.8; dangerous bend=.8;"
        " excessive speed=.9; junction unsafe=.8; hazardous junction=.8; dangerous layout=.6;"
        " heavy traffic=.55; lorries=.45;"
        " school zone=.8; mph zone=.7; mph=.5;"
        " sleeping policeman=.9; sleeping policemen=.9;"
        " rolled through=.8; ran the stop sign=.9; ran a red light=.9; running red lights=.9; doing 50=.7",
        "traffic calming=1; speed=.9; traffic safety=1; dangerous traffic=.9; traffic=.45; collision=.4;"
        " traffic engineering=.8; speeding=1; traffic enforcement=.9",
    ),
    _c(
        "bus_stop",
        "bus stop=1; bus shelter=1; shelter=.5; bus timetable=.9; timetable=.7; bus route=.7; bus=.5;"
        " bus driver=.7; transit=.6; bus bench=.9",
        "bus stop=1; bus shelter=1; bus=.8; transit=.8; shelter=.6",
    ),
    _c(
        "near_miss",
        "near miss=1; close call=1; nearly hit=.9; almost hit=.9; nearly got hit=.9; almost got hit=.9;"
        " near collision=1; nearly ran over=.9; almost ran over=.9; collision=.6; crash=.4",
        "close call=1; near miss=1; near collision=1; collision=.6",
    ),
    _c(
        "rental_housing",
        "landlord=.9; slumlord=.9; tenant=.85; tenants=.85; renting=.7; rental=.8; rented=.5; lease=.5;"
        " no heat=.8; heat not working=.8; apartment=.45; eviction=.6; evicted=.6; housing inspection=1;"
        " property management=.8; property mgmt=.8; apt=.5; my apartment=.7; wont treat=.5;"
        " no hot water=.9; hot water=.6; building manager=.6; apartment complex=.7; management=.45;"
        " i rent=.8; we rent=.8; rent a unit=.9",
        "rental=1; landlord=1; tenant=1; housing=.8; renter=1; eviction=.6; no heat=.9; heat=.5",
    ),
    _c(
        "toilets",
        "toilet=1; toilets=1; restroom=1; restrooms=1; loo=.8; public toilet=1;"
        " public conveniences=1; conveniences=.7; public wc=.8; bathroom=.7; bathrooms=.7; portapotty=.8;"
        " porta potty=.8",
        "toilet=1; restroom=1; convenience=.5",
    ),
    _c(
        "trolley",
        "shopping trolley=1; trolley=.9; shopping cart=1; cart=.55; trollies=.9; trolleys=.9;"
        " abandoned shopping cart=1; abandoned cart=.9; abandoned trolley=1",
        "trolley=1; cart=.9",
    ),
    _c(
        "roadworks",
        "roadworks=1; road works=1; roadwork=1; construction=.8; utility work=1; contractor=.6;"
        " work crew=.7; dug up=.7; excavation=.8; trench=.8; utility company=.7; cones left=.8; cones=.5;"
        " utility crew=.8; road crew=.7; jackhammering=.7; jackhammer=.7; water line=.45;"
        " contractor=.35; sewer contractor=.8; sewer project=.8",
        "construction=1; roadwork=1; works=.6; utility work=.9; utility construction=1; excavation=.8;"
        " utility repair=.9; utility work=.9; public way work=.9; right of way work=.9; street cut=.8",
    ),
    _c(
        "obstruction",
        "blocked=.5; blocking=.5; obstruction=.9; obstructed=.8; obstructing=.8; skip=.6; scaffolding=.8;"
        " road closed=.8; cant get through=.8; impassable=.7; impassible=.7;"
        " skip=.5; skip left=.8; skip on the road=.9",
        "blocked=.5; obstruction=1; skip=.8; scaffolding=.8; closure=.6; blocked road=1; blocked street=1;"
        " blocked sidewalk=1; blocked footpath=1; blocked pavement=1; blocked alley=1; blocked driveway=.8",
    ),
    _c(
        "homeless",
        "homeless=1; encampment=1; tent=.6; tents=.6; sleeping rough=1; rough sleeper=1; travellers=.6;"
        " caravans=.55; unauthorised encampment=1; people sleeping=.7; sleeping in=.5",
        "homeless=1; encampment=1; rough sleeping=1",
    ),
    _c(
        "accessibility",
        "wheelchair=.9; disabled access=1; accessibility=1; accessible=.8; no ramp=.8; no ramps=.8;"
        " power chair=.9; powerchair=.9; ramp is too steep=.9; too steep=.5;"
        " dropped curb=.6; disabled parking=.9; blue badge=.8; handicap=.75; handicapped=.75; ada=.7;"
        " disabled=.6; handicap parking=.9; accessible parking=.9; mobility scooter=.7;"
        " handicap spot=.9; handicap spots=.9; handicap space=.9; handicap spaces=.9; handicapped spot=.9;"
        " handicapped space=.9; disabled spot=.85; disabled space=.85",
        "accessibility=1; accessible=.9; disabilities=.8; disability=.8; ramp=.5; ada=.9; disabled bay=.9;"
        " disabled=.7",
    ),
    _c(
        "water_quality",
        "water quality=1; brown water=1; discoloured water=1; discolored water=1; water taste=.9;"
        " water smells=.9",
        "water quality=1",
    ),
    _c(
        "pollution",
        "oil spill=1; spill=.7; pollution=.9; chemical=.7; dumped in drain=.9; illicit discharge=1;"
        " into the storm drain=.8; concrete washout=.9; washing out concrete=.9;"
        " paint in drain=.9; oil in drain=1; down the drain=.7; down storm drain=.9;"
        " dumped into storm drain=1; poured into storm drain=1; poured down=.7; dumping oil=.9;"
        " motor oil=.8; antifreeze=.8; paint down=.8; sheen on water=.8;"
        " washing paint=.8; paint into=.7",
        "illicit discharge=1; pollution=1; discharge=.8; spill=.8",
    ),
    _c(
        "bridge",
        "bridge=.9; underpass=.8; overpass=.8; subway=.5; footbridge=.9",
        "bridge=1; structure=.4",
    ),
    _c(
        "smoking",
        "smoking=1; smoker=.8; smokers=.8; vaping=.7; people smoke=.8; people smoking=.9; no smoking sign=.9",
        "smoking=1; smoke free=.9; smoke=.6",
    ),
    _c(
        "power_lines",
        "power line=1; power lines=1; downed wire=1; wire down=1; wires down=1; live wire=1;"
        " power outage=1; power out=.8; no power=.8; utility pole=.8; telephone pole=.7; power pole=.7;"
        " cable hanging=.8; low hanging wire=.9; sparking=.8; transformer=.8; telegraph pole=.7;"
        " exposed cable=.9; exposed wires=.9; cabinet door=.6; junction box=.6;"
        " exposed wiring=.9; phone wire=.8; telephone wire=.8; wire hanging=.8; cable hanging down=.8",
        "power=.8; outage=.9; wire=.9; live wire=1; electric=.7; utility pole=.9",
    ),
    _c(
        "light_nuisance",
        "light shining=.9; shines into=.9; too bright=.9; glare=.9; light pollution=1; bright light=.8;"
        " blinding light=.9; floodlight=.7; security light=.6",
        "nuisance light=1; light pollution=1; glare=1",
    ),
    _c(
        "odour",
        "smell=.7; smells=.7; stink=.8; stinks=.8; stench=.9; odor=.8; odour=.8; fumes=.7; rotten egg=.8;"
        " like a toilet=.7; like a sewer=.7",
        "odor=1; odour=1; smell=1; air quality=.8",
    ),
    _c(
        "billing",
        "bill=.75; billing=.9; billed=.8; overcharged=.9; charged twice=.9; invoice=.7; payment=.5;"
        " refund=.7; account=.4; my bill=.9; water bill=1",
        "billing=1; bill=.9; payment=.6; refund=.7",
    ),
    _c(
        "taxi",
        "taxi=1; cab=.8; taxi driver=1; cab driver=1; uber=.6; lyft=.6; rideshare=.6",
        "taxi=1; cab=1; vehicle for hire=1; for hire=.7",
    ),
    _c(
        "food_truck",
        "food truck=1; food cart=.9; food vendor=.8; street vendor=.7; hot dog stand=.8",
        "food truck=1; vendor=.8; food=.6",
    ),
    _c(
        "public_art",
        "public art=1; mural=.8; statue=.8; sculpture=.9; monument=.7; art installation=.9",
        "public art=1; art=.8; mural=.9; sculpture=.9",
    ),
    _c(
        "website",
        "website=1; web site=1; webpage=.9; web page=.9; online form=.9; the app=.8; app=.6; link=.5;"
        " login=.7; log in=.6; page not loading=.9",
        "website=1; web=.9; online=.6; app=.8",
    ),
    _c(
        "programs",
        "program=.6; programs=.6; class=.5; classes=.5; registration=.8; register=.5; camp=.6; lessons=.6;"
        " instructor=.7; summer camp=.9; swim lessons=.9;"
        " sign up=.8; signed up=.8; signed my=.6; summer camp=.9; registration page=.8; signup=.8",
        "program=1; class=.8; registration=.9",
    ),
    _c(
        "wildlife",  # wild animals as a nuisance: some councils have a service apart from pets and strays
        "wildlife=1; raccoon=.9; raccoons=.9; racoon=.9; racoons=.9; coyote=.95; coyotes=.95; skunk=.9;"
        " skunks=.9; possum=.9; opossum=.9; groundhog=.9; fox=.8; foxes=.8; deer=.6; geese=.8; goose=.8;"
        " bats=.7; bat in=.7; snake=.7; snakes=.7; beaver=.9; woodchuck=.9; squirrels in=.6; wild animal=1;"
        " nuisance wildlife=1; family of raccoons=1; raccoons living=1",
        "wildlife=1; wild animal=1; nuisance wildlife=1; wildlife conflict=1; nuisance animal=.8",
    ),
)

# Words too common in citizens' messages or in catalog prose to be evidence for any service on their own.
STOPWORDS = frozenset(
    """
    a an the and or but if then than so of to in on at by for with from into onto over under up down out off
    is are was were be been being am it its this that these those there here where when what which who whom
    i me my we our us you your he she they them their his her him has have had do does did doing done not no
    yes very too also just only still again please thanks thank hi hello hey can could would should will
    shall may might must get got getting go going gone come came need needs needed want wanted like
    some any all each every other another more most much many few lot lots one two three four five six
    seven eight nine ten first second third about near next outside opposite behind front side between
    across along around past via per as since until while because been being way day days week weeks
    month months year years today yesterday now time times ago again always never ever someone something
    anything nothing people person thing things really quite bit big small large huge new old good bad
    report reported reporting issue issues problem problems request requests service services concern
    concerns complaint complaints general other misc miscellaneous city council town county department
    dept public related regarding report please help info information include includes including
    """.split()
)

# American English: "pavement" is the road's surface ("uneven pavement"; San Francisco's "Pavement_Defect"),
# not the footway. For a catalog in American English, phrases with "pavement" are dropped from every concept
# not listed here, and these (triggers, targets) are added.
AMERICAN_PAVEMENT: dict[str, tuple[Weighted, Weighted]] = {
    "pothole": (
        weighted(
            "pavement=.65; broken pavement=.9; cracked pavement=.9; uneven pavement=.9; pavement cracked=.9"
        ),
        weighted("pavement=.8"),
    ),
}

# When a council's catalog has no service for a concept, the problem goes to the service for a broader one:
# a broken kerb to pavements or roads, a rocking manhole cover to drains or roads. (Not an abandoned car to
# parking, nor stickers to graffiti: councils without those services file them under code enforcement or
# signs.)
# (concept -> (broader concept, share of the strength passed on), ...)
BROADER: dict[str, tuple[tuple[str, float], ...]] = {
    "curb": (("sidewalk", 0.7), ("pothole", 0.6)),
    "sewer": (("drain", 0.7), ("pothole", 0.5)),
    "drain": (("sewer", 0.6),),
    "road_markings": (("pothole", 0.6),),
    "bridge": (("pothole", 0.5),),
    "street_nameplate": (("road_sign", 0.8),),
    "lawn_parking": (("parking", 0.8),),
    "trolley": (("fly_tipping", 0.7), ("litter", 0.6)),
    "dead_animal": (("animals", 0.8), ("litter", 0.6)),  # UK: street cleansing picks up dead animals
    "fly_tipping": (("litter", 0.8),),
    "dog_fouling": (("litter", 0.6),),
    "garden_waste": (("bins", 0.6),),
    "bulky_items": (("bins", 0.7), ("fly_tipping", 0.5)),  # no bulk service: the collection crews
    "recycling": (("bins", 0.8),),
    "bin_container": (("bins", 0.9),),
    "alley": (("pothole", 0.5),),
    "near_miss": (("traffic_safety", 0.8),),
    "scooters": (("cycling", 0.6),),
    # oil poured down a drain is illegal dumping; a spill on the road is for street cleaning
    "pollution": (("fly_tipping", 0.7), ("litter", 0.65), ("drain", 0.6)),
    "snow_ice": (("pothole", 0.5),),  # UK: gritting is the highways team's
    "tree_trim": (("tree", 0.9),),
    "pests": (("animals", 0.7),),
    "toilets": (("parks", 0.7), ("building", 0.5)),  # a US city's public restrooms: park buildings
    "wildlife": (("animals", 0.9),),  # no wildlife service: animal control takes it
    "parking_violation": (("parking", 0.9),),
    "bus_stop": (("street_furniture", 0.7),),
    "power_lines": (("fire_hazard", 0.6),),  # a sparking wire, where the council has no power service
    "water_leak": (("roadworks", 0.5),),  # no water service: the utilities that dig up the street
}

# Where or whose the problem is, as service names qualify it ("Abandoned Vehicle - On Private Property",
# "Graffiti - Public", "Residential Bulk Collection"). These are no evidence of any problem: they only tell
# which of a council's otherwise equal services the message fits. qualifier -> (message phrases, name words)
QUALIFIERS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "private": (
        (
            "yard", "back yard", "backyard", "front yard", "side yard", "driveway", "private property",
            "private lot", "parking lot", "apartment lot", "my property", "his property", "their property",
            "church lot", "store lot", "in the lot", "garage", "on private",
        ),
        ("private", "private property"),
    ),
    "public": (
        (
            "on the street", "on our street", "on my street", "on the road", "on our block", "on the block",
            "public street", "public road", "on public", "in the street", "in the road", "along the street",
        ),
        ("public", "public property", "public space"),
    ),
    "residential": (
        ("my house", "our house", "my home", "residential", "my neighborhood", "our neighborhood"),
        ("residential", "resident"),
    ),
    "commercial": (
        ("business", "store", "restaurant", "shop", "commercial", "apartment complex", "office"),
        ("commercial", "business"),
    ),
}  # fmt: skip

# What the citizen wants done, as service names say it ("Tree Removal" / "Tree Inspection", "Sign
# Replacement" / "Sign Missing Investigation"). A name's action needs no evidence, but a message that asks for
# a different one counts against it. intent -> (message phrases, name words)
INTENTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "remove": (
        (
            "remove", "removed", "take down", "taken down", "cut down", "fallen", "fell", "tree down",
            "came down", "stump", "uprooted", "dead tree", "blown over", "down across",
        ),
        ("removal", "remove", "removals", "removed"),
    ),
    "inspect": (
        (
            "dying", "disease", "diseased", "leaning", "rotten", "rotting", "hollow", "inspect", "check on",
            "look at", "is it safe", "dead limbs", "mushrooms", "bark",
        ),
        ("inspection", "investigation", "inspect", "inspections", "investigations"),
    ),
    "replace": (
        (
            "faded", "worn", "bent", "broken", "damaged", "knocked down", "turned", "spun", "illegible",
            "cant read", "cannot read", "replace", "replaced",
        ),
        ("replacement", "replace", "replacements", "replaced"),
    ),
    "missing": (("missing", "gone", "stolen", "no sign", "disappeared"), ("missing",)),
}  # fmt: skip
