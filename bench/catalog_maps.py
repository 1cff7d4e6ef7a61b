"""Label mappings for the unseen-catalog benchmark (bench/catalogs/).

Each US mapping sends a Bloomington service code to the service codes of an invented catalog
that a dispatcher would accept for a report Bloomington filed under that service; each UK
mapping does the same for FixMyStreet category codes.  An empty tuple means the catalog has no
acceptable service.  Every mapping was decided from the catalogs' service names, groups and
descriptions alone, before any ranking was run on them (see bench/catalogs/README.md).

Rules applied throughout:
- a catalog's catch-all ("Other", "General Question/Request", "MISC - OTHER", ...) is accepted
  for Bloomington "Other" and wherever the catalog has no specific service for the report, and
  alongside specific services only where those cover just part of a broad Bloomington category;
- where a catalog has a "new street light" service, only that one is accepted for Bloomington 93;
  where it has none, its general street-light service is (the same crew takes such requests).
"""

Mapping = dict[str, tuple[str, ...]]

# Bloomington service codes, in the order of its catalog (for reference and coverage checks).
BLOOMINGTON_CODES: tuple[str, ...] = (
    "26", "2", "37", "36", "5", "35",
    "66", "78", "17", "65", "73", "94", "92", "44", "29", "43", "25", "93", "83", "34", "76",
    "15", "86", "69", "27", "89", "67", "12", "70", "61",
    "33", "45", "46", "47",
    "52", "32", "11", "8", "19", "10", "91",
    "74", "88", "14", "57", "60", "58", "23", "21", "13",
    "82", "63", "39", "87", "97", "4", "99", "1", "85", "81", "9", "53", "90",
)  # fmt: skip

FMS_CODES: tuple[str, ...] = (
    "AV", "BS", "CP", "DF", "DR", "FT", "GR", "PK", "PV", "PH",
    "RH", "RM", "SG", "RR", "SC", "SL", "SN", "TL", "TR", "OT",
)  # fmt: skip

# ------------------------------------------------------------------ us_lakeshore.json
FROM_BLOOMINGTON_LAKESHORE: Mapping = {
    "26": ("SCQ",),  # Debris Removal -> Street Cleaning Request
    "2": ("WRR",),  # Excessive Growth -> Weed Removal Request
    "37": ("GRR",),  # Graffiti
    "36": ("RPC",),  # Recycling (Garbage Cart Maintenance is for the black cart only)
    "5": ("MGC", "GCM", "SCV", "FDC", "LBO", "SCQ"),  # Trash
    "35": ("YWP",),  # Yard Waste
    "66": ("BRC", "VBL"),  # Biking & Walking
    "78": ("PWI",),  # Blocked Sidewalk -> Public Way Work Inspection (obstructions)
    "17": ("PWI", "TEM"),  # Blocked Street (obstruction, or a tree down across it)
    "65": ("SHR", "GEN"),  # Close Calls: no traffic-safety service beyond speed humps
    "73": ("ADA",),  # Inaccessible Parking
    "94": ("GEN",),  # Nuisance Lights
    "92": ("GEN",),  # Parking Garages
    "44": ("PBC", "GEN"),  # Parking Meters and Citations (citations: no service)
    "29": ("BVC", "GEN"),  # Parking on Unimproved Surface
    "43": ("RZP",),  # Parking Permits
    "25": ("PHQ", "APQ", "PCV", "CGR", "SCX"),  # Potholes, Other Street Repair
    "93": ("NSL",),  # Request a new Street Light
    "83": ("ESC", "BRC"),  # Scooters, Bike-share
    "34": ("SWI", "CGR"),  # Sidewalk & Curb Complaints
    "76": ("SWI", "ADA"),  # Sidewalk Requests (new sidewalk, curb ramps)
    "15": ("USC",),  # Sidewalk Snow Removal
    "86": ("SRQ", "SRA", "NSR"),  # Street & Traffic Signs
    "69": ("SLX", "ALO", "VLO", "SLD", "SLP"),  # Street Lights
    "27": ("ISR",),  # Street Snow Removal
    "89": ("TDC", "TTR", "TRR", "TPR", "TEM"),  # Street Trees
    "67": ("CAB",),  # Taxi Complaints
    "12": ("SHR", "GEN"),  # Traffic Related Complaints
    "70": ("TSO",),  # Traffic Signals
    "61": ("SHR", "NSR", "GEN"),  # Traffic Suggestions
    "33": ("PKR",),  # Parks & Playgrounds -> Park District referral
    "45": ("PKR",),  # Parks & Rec Buildings
    "46": ("PKR", "INF"),  # Parks & Rec Programs
    "47": ("PKR",),  # Trails
    "52": ("AVC",),  # Abandoned Vehicle
    "32": ("SAC", "VAC", "PWC", "DAP"),  # Animal Control & Neglected Pets
    "11": ("PWI",),  # City Construction Projects
    "8": ("FSI",),  # Fire Hazards
    "19": ("TTR", "PWI"),  # Line of Sight
    "10": ("BVC", "VAB"),  # Unsafe Buildings
    "91": ("SCX", "PWI"),  # Utility Construction Projects
    "74": ("SCI", "WOS"),  # Drainage or Runoff
    "88": ("SCI", "GEN"),  # Illicit Discharge (Storm Sewers)
    "14": ("WIB", "SCI"),  # Sewer Problems (Sanitary)
    "57": ("SCI",),  # Sewer Problems (Storm)
    "60": ("SCX", "PWI"),  # Utilities Construction
    "58": ("SCX", "PWI"),  # Utilities Yardwork (restoration after utility work)
    "23": ("WQC",),  # Water Quality
    "21": ("WBI",),  # Water Utility Billing Problems
    "13": ("WOS", "LWP", "OFH"),  # Water Utility Problems
    "82": ("ADA",),  # Accessibility Problem
    "63": ("RSC", "GEN"),  # Business
    "39": ("GEN",),  # City Performance
    "87": ("MFV",),  # Food Truck Issues
    "97": ("CWF", "GEN"),  # GIS Issue
    "4": ("GEN", "INF"),  # Other
    "99": ("GEN",),  # Public Art Maintenance
    "1": ("NHC", "BVC"),  # Rental Complaint
    "85": ("ESC",),  # BIRD scooters
    "81": ("SMV",),  # Smoking Violation
    "9": ("PWI",),  # Temporary Signage w/o permit
    "53": ("CWF",),  # Website & Web Services Feedback
    "90": ("NAC",),  # Wildlife Conflict
}

# ------------------------------------------------------------------ us_riverton.json
FROM_BLOOMINGTON_RIVERTON: Mapping = {
    "26": ("4030", "4031"),  # Debris -> Street Sweeping, Debris in Roadway
    "2": ("4301",),  # Excessive Growth -> Tall Grass/Weeds
    "37": ("4701",),  # Graffiti
    "36": ("4202", "4205"),  # Recycling -> Missed Recycling, Cart Repair/Replacement
    "5": ("4201", "4204", "4205", "4206", "4210", "4302"),  # Trash
    "35": ("4203",),  # Yard Waste
    "66": ("4104", "4503", "4703"),  # Biking & Walking: markings, greenway, else general
    "78": ("4035", "4602"),  # Blocked Sidewalk (obstruction, or a car parked on it)
    "17": ("4035", "4031", "4510"),  # Blocked Street
    "65": ("4105",),  # Close Calls -> Speeding / Traffic Calming
    "73": ("4602",),  # Inaccessible Parking -> Parking Violation
    "94": ("4703",),  # Nuisance Lights
    "92": ("4703",),  # Parking Garages
    "44": ("4603", "4703"),  # Parking Meters and Citations
    "29": ("4304",),  # Parking on Unimproved Surface
    "43": ("4703",),  # Parking Permits
    "25": ("4021", "4022"),  # Potholes, Other Street Repair
    "93": ("4111",),  # Request a new Street Light
    "83": ("4035", "4703"),  # Scooters, Bike-share
    "34": ("4025",),  # Sidewalk & Curb Complaints
    "76": ("4025",),  # Sidewalk Requests
    "15": ("4033", "4703"),  # Sidewalk Snow Removal (only a road snow service)
    "86": ("4102", "4103"),  # Street & Traffic Signs
    "69": ("4110",),  # Street Lights
    "27": ("4033",),  # Street Snow Removal
    "89": ("4510", "4511"),  # Street Trees
    "67": ("4703",),  # Taxi Complaints
    "12": ("4105",),  # Traffic Related Complaints
    "70": ("4101",),  # Traffic Signals
    "61": ("4105", "4103"),  # Traffic Suggestions
    "33": ("4501", "4502"),  # Parks & Playgrounds
    "45": ("4501",),  # Parks & Rec Buildings
    "46": ("4703",),  # Parks & Rec Programs
    "47": ("4503",),  # Trails
    "52": ("4601", "4303"),  # Abandoned Vehicle (street, or private property)
    "32": ("4610", "4611"),  # Animal Control & Neglected Pets
    "11": ("4035", "4703"),  # City Construction Projects
    "8": ("4702",),  # Fire Hazards
    "19": ("4106",),  # Line of Sight
    "10": ("4305",),  # Unsafe Buildings
    "91": ("4035", "4703"),  # Utility Construction Projects
    "74": ("4420", "4421"),  # Drainage or Runoff
    "88": ("4422",),  # Illicit Discharge
    "14": ("4410",),  # Sewer Problems (Sanitary)
    "57": ("4420", "4421"),  # Sewer Problems (Storm)
    "60": ("4035", "4703"),  # Utilities Construction
    "58": ("4703",),  # Utilities Yardwork
    "23": ("4402",),  # Water Quality
    "21": ("4403",),  # Water Utility Billing Problems
    "13": ("4401",),  # Water Utility Problems
    "82": ("4025", "4703"),  # Accessibility Problem
    "63": ("4703",),  # Business
    "39": ("4703",),  # City Performance
    "87": ("4703",),  # Food Truck Issues
    "97": ("4704", "4703"),  # GIS Issue
    "4": ("4703",),  # Other
    "99": ("4703",),  # Public Art Maintenance
    "1": ("4306",),  # Rental Complaint
    "85": ("4035", "4703"),  # BIRD scooters
    "81": ("4703",),  # Smoking Violation
    "9": ("4307",),  # Temporary Signage w/o permit -> Illegal Signs
    "53": ("4704",),  # Website & Web Services Feedback
    "90": ("4610", "4703"),  # Wildlife Conflict
}

# ------------------------------------------------------------------ us_mesa_verde.json
FROM_BLOOMINGTON_MESA_VERDE: Mapping = {
    "26": ("sweeping", "litter"),  # Debris Removal
    "2": ("weeds", "brush", "nce"),  # Excessive Growth
    "37": ("graffiti-pub", "graffiti-pvt"),  # Graffiti
    "36": ("missed", "container"),  # Recycling
    "5": ("missed", "container", "dumping", "litter", "ces"),  # Trash
    "35": ("missed", "container"),  # Yard Waste (green waste bin)
    "66": ("traffic-eng", "other"),  # Biking & Walking
    "78": ("row-obstruction", "parking"),  # Blocked Sidewalk
    "17": ("row-obstruction", "tree"),  # Blocked Street
    "65": ("traffic-eng",),  # Close Calls
    "73": ("parking",),  # Inaccessible Parking
    "94": ("other",),  # Nuisance Lights
    "92": ("other",),  # Parking Garages
    "44": ("meter", "other"),  # Parking Meters and Citations
    "29": ("nce",),  # Parking on Unimproved Surface ("cars parked on lawns")
    "43": ("other",),  # Parking Permits
    "25": ("pothole", "pavement"),  # Potholes, Other Street Repair
    "93": ("streetlight",),  # Request a new Street Light (no new-light service)
    "83": ("dockless",),  # Scooters, Bike-share
    "34": ("sidewalk",),  # Sidewalk & Curb Complaints
    "76": ("sidewalk",),  # Sidewalk Requests
    "15": ("other",),  # Sidewalk Snow Removal (no snow services)
    "86": ("sign", "traffic-eng"),  # Street & Traffic Signs
    "69": ("streetlight",),  # Street Lights
    "27": ("other",),  # Street Snow Removal (no snow services)
    "89": ("tree", "tree-plant"),  # Street Trees
    "67": ("other",),  # Taxi Complaints
    "12": ("traffic-eng",),  # Traffic Related Complaints
    "70": ("signal",),  # Traffic Signals
    "61": ("traffic-eng",),  # Traffic Suggestions
    "33": ("park",),  # Parks & Playgrounds
    "45": ("park",),  # Parks & Rec Buildings
    "46": ("other",),  # Parks & Rec Programs
    "47": ("park",),  # Trails
    "52": ("72hr", "oversized"),  # Abandoned Vehicle
    "32": ("dead-animal", "other"),  # Animal Control & Neglected Pets
    "11": ("row-obstruction", "other"),  # City Construction Projects
    "8": ("brush",),  # Fire Hazards
    "19": ("row-obstruction", "tree"),  # Line of Sight
    "10": ("nce",),  # Unsafe Buildings
    "91": ("row-obstruction", "other"),  # Utility Construction Projects
    "74": ("storm",),  # Drainage or Runoff
    "88": ("storm-pollution",),  # Illicit Discharge
    "14": ("sewer",),  # Sewer Problems (Sanitary)
    "57": ("storm",),  # Sewer Problems (Storm)
    "60": ("row-obstruction", "other"),  # Utilities Construction
    "58": ("other",),  # Utilities Yardwork
    "23": ("other",),  # Water Quality (no water-quality service)
    "21": ("water-billing",),  # Water Utility Billing Problems
    "13": ("water-leak",),  # Water Utility Problems
    "82": ("sidewalk", "other"),  # Accessibility Problem
    "63": ("other",),  # Business
    "39": ("other",),  # City Performance
    "87": ("other",),  # Food Truck Issues
    "97": ("feedback", "other"),  # GIS Issue
    "4": ("other",),  # Other
    "99": ("other",),  # Public Art Maintenance
    "1": ("nce",),  # Rental Complaint ("substandard housing")
    "85": ("dockless",),  # BIRD scooters
    "81": ("other",),  # Smoking Violation
    "9": ("row-obstruction",),  # Temporary Signage w/o permit
    "53": ("feedback",),  # Website & Web Services Feedback
    "90": ("other",),  # Wildlife Conflict
}

# ------------------------------------------------------------------ us_oldport.json
OP_ST_LIGHT_OUT = "4f3a9c20e7508467440000a1"
OP_ST_LIGHT_POLE = "4f3a9c20e7508467440000a2"
OP_ALLEY_LIGHT_OUT = "4f3a9c20e7508467440000a4"
OP_ST_LIGHT_NEW = "4f3a9c20e7508467440000a5"
OP_STREET_CUT = "4f3a9c20e7508467440000b7"

FROM_BLOOMINGTON_OLDPORT: Mapping = {
    "26": ("SWDS", "SWDA"),  # Debris Removal -> Dirty Street/Lot, Dirty Alley
    "2": ("HCDHG",),  # Excessive Growth -> High Grass/Weeds
    "37": ("GRPUB", "GRPVT"),  # Graffiti
    "36": ("SWMR", "SWCN"),  # Recycling
    "5": ("SWMT", "SWBK", "SWCN", "SWID", "SWCC", "SWDS", "SWDA", "HCDJT"),  # Trash
    "35": ("SWMT", "SWBK"),  # Yard Waste (no yard-waste service)
    "66": ("TRBK", "TRPVM"),  # Biking & Walking (bike lanes, crosswalk markings)
    "78": ("HWYOB", "TRPK"),  # Blocked Sidewalk
    "17": ("HWYOB", "DPWTD"),  # Blocked Street
    "65": ("TRSTD",),  # Close Calls
    "73": ("TRPK",),  # Inaccessible Parking
    "94": ("MISC",),  # Nuisance Lights
    "92": ("MISC",),  # Parking Garages
    "44": ("TRMT", "MISC"),  # Parking Meters and Citations
    "29": ("TRPK", "MISC"),  # Parking on Unimproved Surface
    "43": ("TRRP",),  # Parking Permits
    "25": ("HWYPH", "HWYSH", OP_STREET_CUT),  # Potholes, Other Street Repair
    "93": (OP_ST_LIGHT_NEW,),  # Request a new Street Light
    "83": ("HWYOB", "MISC"),  # Scooters, Bike-share
    "34": ("HWYSW", "HWYCB"),  # Sidewalk & Curb Complaints
    "76": ("HWYSW",),  # Sidewalk Requests
    "15": ("HWYUS",),  # Sidewalk Snow Removal
    "86": ("TRSGN", "TRSNM", "TRSTD"),  # Street & Traffic Signs
    "69": (OP_ST_LIGHT_OUT, OP_ST_LIGHT_POLE, OP_ALLEY_LIGHT_OUT),  # Street Lights
    "27": ("HWYSN",),  # Street Snow Removal
    "89": ("DPWTP", "DPWTR", "DPWTD", "DPWTN"),  # Street Trees
    "67": ("TRHK",),  # Taxi Complaints
    "12": ("TRSTD",),  # Traffic Related Complaints
    "70": ("TRSIG",),  # Traffic Signals
    "61": ("TRSTD",),  # Traffic Suggestions
    "33": ("PRKMT", "PRKPG"),  # Parks & Playgrounds
    "45": ("PRKMT",),  # Parks & Rec Buildings
    "46": ("INFO", "MISC"),  # Parks & Rec Programs
    "47": ("PRKMT",),  # Trails
    "52": ("TRAV",),  # Abandoned Vehicle
    "32": ("ACSTR", "SWDX"),  # Animal Control & Neglected Pets
    "11": ("HWYOB", "MISC"),  # City Construction Projects
    "8": ("FIRHZ",),  # Fire Hazards
    "19": ("DPWTP", "HWYOB"),  # Line of Sight
    "10": ("HCDUS", "HCDVB"),  # Unsafe Buildings
    "91": (OP_STREET_CUT, "HWYOB"),  # Utility Construction Projects
    "74": ("SWRCB", "SWRFL"),  # Drainage or Runoff
    "88": ("SWRCB", "MISC"),  # Illicit Discharge
    "14": ("SWRBU",),  # Sewer Problems (Sanitary)
    "57": ("SWRCB", "SWRFL"),  # Sewer Problems (Storm)
    "60": (OP_STREET_CUT, "HWYOB"),  # Utilities Construction
    "58": (OP_STREET_CUT,),  # Utilities Yardwork ("Utility trench, plate, restoration.")
    "23": ("WTRDC",),  # Water Quality
    "21": ("WTRBL",),  # Water Utility Billing Problems
    "13": ("WTRMB", "WTRLP"),  # Water Utility Problems
    "82": ("HWYSW", "MISC"),  # Accessibility Problem
    "63": ("HLFOD", "MISC"),  # Business
    "39": ("MISC",),  # City Performance
    "87": ("HLFOD", "MISC"),  # Food Truck Issues
    "97": ("WEBFB", "MISC"),  # GIS Issue
    "4": ("MISC", "INFO"),  # Other
    "99": ("MISC",),  # Public Art Maintenance
    "1": ("HCDRH",),  # Rental Complaint
    "85": ("HWYOB", "MISC"),  # BIRD scooters
    "81": ("HLSMK",),  # Smoking Violation
    "9": ("HWYOB",),  # Temporary Signage w/o permit
    "53": ("WEBFB",),  # Website & Web Services Feedback
    "90": ("ACSTR", "MISC"),  # Wildlife Conflict
}

# ------------------------------------------------------------------ uk_northshire.json
FROM_FMS_NORTHSHIRE: Mapping = {
    "AV": ("EN02",),  # Abandoned vehicles
    "BS": ("OT01",),  # Bus stops
    "CP": ("PK01", "PK02", "PK03"),  # Car parking
    "DF": ("EN05",),  # Dog fouling
    "DR": ("DR01", "DR02", "DR03", "CW04"),  # Flooding & drainage (incl. drain covers)
    "FT": ("EN01",),  # Flytipping
    "GR": ("EN04",),  # Graffiti
    "PK": ("GR02", "GR03", "GR04"),  # Parks/landscapes: no parks, only verges and vegetation
    "PV": ("FW01", "FW02", "FW03", "FW04", "FW05"),  # Pavements/footpaths
    "PH": ("CW01", "CW02"),  # Potholes
    "RH": ("CW01", "CW02", "CW03", "CW04", "FW04", "OT02", "OT03", "OT04", "TM06", "WI02"),  # Roads/highways
    "RM": ("TM03",),  # Road markings
    "SG": ("TM01", "SL04"),  # Road traffic signs (incl. illuminated signs)
    "RR": ("EN08", "EN07", "EN06"),  # Rubbish (refuse and recycling)
    "SC": ("EN06", "EN07", "CW03", "EN03"),  # Street cleaning (incl. dead animals)
    "SL": ("SL01", "SL02", "SL03", "SL04"),  # Street lighting
    "SN": ("TM02",),  # Street nameplates
    "TL": ("TM04", "TM05"),  # Traffic lights
    "TR": ("GR01", "GR02"),  # Trees
    "OT": ("OT04", "OT05"),  # Other
}

# ------------------------------------------------------------------ uk_bramford.json
# A district council: roads, pavements, lighting, signs and highway drainage belong to the county,
# and Bramford's catalog has one hand-off service for them (6001).
FROM_FMS_BRAMFORD: Mapping = {
    "AV": ("2008",),  # Abandoned vehicles
    "BS": ("6001", "6003"),  # Bus stops
    "CP": ("5001", "5002"),  # Car parking
    "DF": ("2005", "2004"),  # Dog fouling (and dog bins)
    "DR": ("6001", "6003"),  # Flooding & drainage
    "FT": ("2001",),  # Flytipping
    "GR": ("2006", "2007"),  # Graffiti (and fly-posting)
    "PK": ("3001", "3002", "3003", "3004", "3005", "3006", "3007"),  # Parks/landscapes
    "PV": ("6001",),  # Pavements/footpaths
    "PH": ("6001",),  # Potholes
    "RH": ("6001",),  # Roads/highways
    "RM": ("6001",),  # Road markings
    "SG": ("6001",),  # Road traffic signs
    "RR": ("1001", "1002", "1003", "1004", "1010", "1011", "1013", "1015", "2002", "2003"),  # Rubbish
    "SC": ("2011", "2002", "2003", "2010", "2012"),  # Street cleaning (incl. dead animals)
    "SL": ("6001",),  # Street lighting
    "SN": ("2013",),  # Street nameplates
    "TL": ("6001",),  # Traffic lights
    "TR": ("3003",),  # Trees
    "OT": ("6002", "6003"),  # Other
}

# ------------------------------------------------------------------ us_prairie.json
FROM_BLOOMINGTON_PRAIRIE: Mapping = {
    "26": ("STR-DEB",),  # Debris Removal -> Street Sweeping/Debris
    "2": ("CE-GRS",),  # Excessive Growth -> Tall Grass/Weeds
    "37": ("CE-GPV", "CE-GPB"),  # Graffiti
    "36": ("SW-MREC", "SW-CART"),  # Recycling
    "5": ("SW-MISS", "SW-CART", "SW-BULK", "SW-DUMP", "SW-LIT", "CE-TRD"),  # Trash
    "35": ("SW-YARD", "SW-LEAF"),  # Yard Waste (and the fall leaf collection)
    "66": ("TRF-MRK", "TRF-REQ", "GEN-OTH"),  # Biking & Walking: markings, crosswalks, else general
    "78": ("CE-OBS", "PKG-ILL", "ROW-CON"),  # Blocked Sidewalk (items, a parked car, a work zone)
    "17": ("STR-DEB", "FOR-REM", "ROW-CON"),  # Blocked Street
    "65": ("TRF-SPD", "TRF-REQ"),  # Close Calls
    "73": ("PKG-ILL",),  # Inaccessible Parking
    "94": ("GEN-OTH",),  # Nuisance Lights
    "92": ("GEN-OTH",),  # Parking Garages
    "44": ("PKG-MTR", "PKG-TKT"),  # Parking Meters and Citations
    "29": ("CE-PKY",),  # Parking on Unimproved Surface -> Parking on Grass
    "43": ("PKG-PRM",),  # Parking Permits
    "25": ("STR-POT", "STR-PAV", "STR-CRB"),  # Potholes, Other Street Repair
    "93": ("STR-SLN",),  # Request a new Street Light
    "83": ("MOB-SCT",),  # Scooters, Bike-share
    "34": ("STR-SWK", "STR-CRB"),  # Sidewalk & Curb Complaints
    "76": ("STR-SWN", "STR-SWK"),  # Sidewalk Requests
    "15": ("CE-SNW",),  # Sidewalk Snow Removal
    "86": ("TRF-SGN", "TRF-REQ"),  # Street & Traffic Signs
    "69": ("STR-SLO", "STR-SLP"),  # Street Lights
    "27": ("STR-SNW",),  # Street Snow Removal
    "89": ("FOR-TRM", "FOR-REM"),  # Street Trees
    "67": ("GEN-OTH",),  # Taxi Complaints
    "12": ("TRF-SPD", "GEN-OTH"),  # Traffic Related Complaints
    "70": ("TRF-SIG",),  # Traffic Signals
    "61": ("TRF-REQ", "TRF-SPD"),  # Traffic Suggestions
    "33": ("PRK-MNT",),  # Parks & Playgrounds
    "45": ("PRK-MNT",),  # Parks & Rec Buildings (shelters, restrooms)
    "46": ("GEN-OTH",),  # Parks & Rec Programs
    "47": ("PRK-MNT",),  # Trails (Park Maintenance covers trails)
    "52": ("PKG-ABN", "CE-JNK"),  # Abandoned Vehicle (street, or private property)
    "32": ("ANM-LOOSE", "ANM-DEAD"),  # Animal Control & Neglected Pets
    "11": ("ROW-CON",),  # City Construction Projects
    "8": ("FIR-HAZ",),  # Fire Hazards
    "19": ("TRF-VIS", "FOR-TRM"),  # Line of Sight
    "10": ("CE-DNG",),  # Unsafe Buildings
    "91": ("ROW-CON", "STR-PAV"),  # Utility Construction Projects (incl. utility cut repairs)
    "74": ("STM-FLD",),  # Drainage or Runoff
    "88": ("STM-DIS",),  # Illicit Discharge
    "14": ("SWR-BKP",),  # Sewer Problems (Sanitary)
    "57": ("STM-FLD",),  # Sewer Problems (Storm)
    "60": ("ROW-CON", "STR-PAV"),  # Utilities Construction
    "58": ("ROW-CON",),  # Utilities Yardwork ("lawn restoration")
    "23": ("WTR-QLT",),  # Water Quality
    "21": ("WTR-BILL",),  # Water Utility Billing Problems
    "13": ("WTR-LEAK",),  # Water Utility Problems
    "82": ("STR-SWN", "STR-SWK", "GEN-OTH"),  # Accessibility Problem (curb ramps, sidewalks)
    "63": ("GEN-OTH",),  # Business
    "39": ("GEN-OTH",),  # City Performance
    "87": ("HLT-FOOD",),  # Food Truck Issues
    "97": ("GEN-WEB", "GEN-OTH"),  # GIS Issue
    "4": ("GEN-OTH",),  # Other
    "99": ("GEN-OTH",),  # Public Art Maintenance
    "1": ("CE-RNT",),  # Rental Complaint
    "85": ("MOB-SCT",),  # BIRD scooters
    "81": ("HLT-SMK",),  # Smoking Violation
    "9": ("CE-SGN",),  # Temporary Signage w/o permit -> Illegal Sign
    "53": ("GEN-WEB",),  # Website & Web Services Feedback
    "90": ("ANM-WLD",),  # Wildlife Conflict
}

# ------------------------------------------------------------------ us_harbor.json
# A Southeastern coastal city: no snow services, so Bloomington's snow codes go to the catch-all.
FROM_BLOOMINGTON_HARBOR: Mapping = {
    "26": ("PWD-0105",),  # Debris Removal -> Roadway Debris and Sweeping Request
    "2": ("CCD-0601",),  # Excessive Growth -> Zoning and Property Maintenance ("excessive vegetative growth")
    "37": ("CCD-0605", "CCD-0606"),  # Graffiti
    "36": ("SWM-0501", "SWM-0502"),  # Recycling
    "5": ("SWM-0501", "SWM-0502", "SWM-0503", "SWM-0504", "SWM-0505", "CCD-0601", "PWD-0105"),  # Trash
    "35": ("SWM-0501",),  # Yard Waste (collection failure covers yard waste)
    "66": ("DOT-0303", "DOT-0304", "GEN-1301"),  # Biking & Walking
    "78": ("PWD-0104", "PRK-0401"),  # Blocked Sidewalk
    "17": ("PWD-0104", "PWD-0105", "UFD-0802"),  # Blocked Street
    "65": ("DOT-0304",),  # Close Calls -> Traffic Engineering Evaluation ("intersection safety")
    "73": ("PRK-0401", "GEN-1304"),  # Inaccessible Parking
    "94": ("GEN-1301",),  # Nuisance Lights
    "92": ("PRK-0404",),  # Parking Garages -> Municipal Parking Facility Maintenance
    "44": ("PRK-0402", "PRK-0403"),  # Parking Meters and Citations
    "29": ("CCD-0601",),  # Parking on Unimproved Surface (named in the description)
    "43": ("PRK-0403",),  # Parking Permits -> Parking Citation and Permit Inquiry
    "25": ("PWD-0101", "PWD-0102", "PWD-0106"),  # Potholes, Other Street Repair (curbing, trench)
    "93": ("PWD-0202",),  # Request a new Street Light
    "83": ("DOT-0306",),  # Scooters, Bike-share
    "34": ("PWD-0102",),  # Sidewalk & Curb Complaints
    "76": ("PWD-0103", "PWD-0102"),  # Sidewalk Requests
    "15": ("GEN-1301",),  # Sidewalk Snow Removal (no snow services)
    "86": ("DOT-0302", "DOT-0304"),  # Street & Traffic Signs
    "69": ("PWD-0201",),  # Street Lights -> Luminaire Malfunction (incl. damaged standards)
    "27": ("GEN-1301",),  # Street Snow Removal (no snow services)
    "89": ("UFD-0801", "UFD-0802"),  # Street Trees
    "67": ("DOT-0307",),  # Taxi Complaints -> Vehicle for Hire Complaint
    "12": ("DOT-0304",),  # Traffic Related Complaints
    "70": ("DOT-0301",),  # Traffic Signals
    "61": ("DOT-0304",),  # Traffic Suggestions
    "33": ("PRD-0901",),  # Parks & Playgrounds
    "45": ("PRD-0901",),  # Parks & Rec Buildings
    "46": ("GEN-1301",),  # Parks & Rec Programs (only a facility-maintenance service)
    "47": ("PRD-0901",),  # Trails
    "52": ("PRK-0405", "CCD-0602"),  # Abandoned Vehicle (street, or Inoperable Motor Vehicle)
    "32": ("ASD-1002", "ASD-1001"),  # Animal Control & Neglected Pets
    "11": ("PWD-0106",),  # City Construction Projects
    "8": ("FPB-1201",),  # Fire Hazards
    "19": ("DOT-0305", "UFD-0801"),  # Line of Sight
    "10": ("CCD-0603",),  # Unsafe Buildings
    "91": ("PWD-0106",),  # Utility Construction Projects
    "74": ("PUD-0705",),  # Drainage or Runoff
    "88": ("PUD-0706",),  # Illicit Discharge (MS4)
    "14": ("PUD-0704",),  # Sewer Problems (Sanitary)
    "57": ("PUD-0705",),  # Sewer Problems (Storm)
    "60": ("PWD-0106",),  # Utilities Construction
    "58": ("PWD-0106",),  # Utilities Yardwork ("trench restoration")
    "23": ("PUD-0702",),  # Water Quality
    "21": ("PUD-0703",),  # Water Utility Billing Problems
    "13": ("PUD-0701",),  # Water Utility Problems
    "82": ("GEN-1304", "PWD-0102", "PWD-0103"),  # Accessibility Problem
    "63": ("GEN-1301",),  # Business
    "39": ("GEN-1302",),  # City Performance -> Customer Service Feedback
    "87": ("EHD-1101",),  # Food Truck Issues -> Mobile Food Vendor Complaint
    "97": ("GEN-1303", "GEN-1301"),  # GIS Issue ("online maps")
    "4": ("GEN-1301",),  # Other
    "99": ("GEN-1301",),  # Public Art Maintenance
    "1": ("CCD-0604",),  # Rental Complaint
    "85": ("DOT-0306",),  # BIRD scooters
    "81": ("EHD-1102",),  # Smoking Violation
    "9": ("PWD-0104", "CCD-0601"),  # Temporary Signage w/o permit (ROW signage, or zoning)
    "53": ("GEN-1303",),  # Website & Web Services Feedback
    "90": ("ASD-1002", "GEN-1301"),  # Wildlife Conflict (Animal Services only for public-safety risk)
}

# ------------------------------------------------------------------ ca_maple.json
FROM_BLOOMINGTON_MAPLE: Mapping = {
    "26": ("TSRD-04",),  # Debris Removal -> Road - Cleaning/Debris
    "2": ("MLS-03",),  # Excessive Growth -> Long Grass and Weeds
    "37": ("MLS-01", "MLS-02"),  # Graffiti
    "36": ("SWM-02", "SWM-05"),  # Recycling -> Blue Bin missed, bin damaged/missing
    "5": ("SWM-01", "SWM-05", "SWM-07", "MLS-04"),  # Trash (no bulky-item service)
    "35": ("SWM-04",),  # Yard Waste
    "66": ("TSRD-06", "TSTO-05", "GEN-01"),  # Biking & Walking
    "78": ("TSRD-09", "PKG-01", "TSRD-08"),  # Blocked Sidewalk
    "17": ("TSRD-09", "TSRD-04", "UF-01"),  # Blocked Street (obstruction, debris, fallen tree)
    "65": ("TSRD-10", "TSTO-05"),  # Close Calls
    "73": ("PKG-01", "ACC-01"),  # Inaccessible Parking
    "94": ("GEN-01",),  # Nuisance Lights
    "92": ("GEN-01",),  # Parking Garages
    "44": ("PKG-04", "PKG-05"),  # Parking Meters and Citations
    "29": ("PKG-02",),  # Parking on Unimproved Surface -> Front Yard Parking
    "43": ("GEN-01",),  # Parking Permits (no permit service)
    "25": ("TSRD-01", "TSRD-02", "TSRD-07"),  # Potholes, Other Street Repair
    "93": ("TSSL-04",),  # Request a new Street Light
    "83": ("TSRD-09", "GEN-01"),  # Scooters, Bike-share (no micromobility service)
    "34": ("TSSW-01", "TSRD-02"),  # Sidewalk & Curb Complaints
    "76": ("TSSW-03", "TSSW-01"),  # Sidewalk Requests
    "15": ("TSWM-01",),  # Sidewalk Snow Removal
    "86": ("TSTO-03", "TSTO-05"),  # Street & Traffic Signs
    "69": ("TSSL-01", "TSSL-02"),  # Street Lights
    "27": ("TSWM-02",),  # Street Snow Removal
    "89": ("UF-01", "UF-02"),  # Street Trees
    "67": ("MLS-09", "GEN-01"),  # Taxi Complaints (no vehicle-for-hire service)
    "12": ("TSRD-10", "GEN-01"),  # Traffic Related Complaints
    "70": ("TSTO-01",),  # Traffic Signals
    "61": ("TSTO-05", "TSRD-10"),  # Traffic Suggestions
    "33": ("PFR-01",),  # Parks & Playgrounds
    "45": ("PFR-02", "PFR-01"),  # Parks & Rec Buildings (centres, or park washrooms)
    "46": ("PFR-03",),  # Parks & Rec Programs
    "47": ("PFR-01",),  # Trails
    "52": ("PKG-03",),  # Abandoned Vehicle
    "32": ("ANS-02", "ANS-01"),  # Animal Control & Neglected Pets
    "11": ("TSRD-08",),  # City Construction Projects
    "8": ("GEN-01",),  # Fire Hazards (no fire service)
    "19": ("TSRD-09", "UF-01"),  # Line of Sight (hedges, or a City tree)
    "10": ("MLS-04",),  # Unsafe Buildings -> Property Standards ("unsafe structures")
    "91": ("TSRD-08", "TSRD-07"),  # Utility Construction Projects
    "74": ("WTR-01",),  # Drainage or Runoff
    "88": ("WTR-05",),  # Illicit Discharge -> Spill - Pollution to Storm Drain
    "14": ("WTR-04",),  # Sewer Problems (Sanitary)
    "57": ("WTR-01",),  # Sewer Problems (Storm)
    "60": ("TSRD-08", "TSRD-07"),  # Utilities Construction
    "58": ("TSRD-07",),  # Utilities Yardwork (boulevard restoration)
    "23": ("WTR-03",),  # Water Quality
    "21": ("WTR-06",),  # Water Utility Billing Problems
    "13": ("WTR-02",),  # Water Utility Problems
    "82": ("ACC-01", "TSSW-01"),  # Accessibility Problem
    "63": ("MLS-09", "GEN-01"),  # Business
    "39": ("GEN-01",),  # City Performance
    "87": ("MLS-09", "PH-01"),  # Food Truck Issues
    "97": ("GEN-02", "GEN-01"),  # GIS Issue
    "4": ("GEN-01",),  # Other
    "99": ("GEN-01",),  # Public Art Maintenance
    "1": ("MLS-05",),  # Rental Complaint -> Apartment - Maintenance Complaint
    "85": ("TSRD-09", "GEN-01"),  # BIRD scooters
    "81": ("PH-02",),  # Smoking Violation
    "9": ("MLS-07",),  # Temporary Signage w/o permit
    "53": ("GEN-02",),  # Website & Web Services Feedback
    "90": ("ANS-02", "GEN-01"),  # Wildlife Conflict (ANS-02 covers sick/injured wildlife only)
}

# ------------------------------------------------------------------ uk_kingsford.json
# A London borough: it is the highway authority for its own roads; traffic signals and bus stops
# belong to TfL, and the catalog has a pass-on service for each.
FROM_FMS_KINGSFORD: Mapping = {
    "AV": ("CLN-10",),  # Abandoned vehicles
    "BS": ("TFL-02",),  # Bus stops
    "CP": ("PKG-01", "PKG-02", "PKG-05"),  # Car parking
    "DF": ("CLN-05",),  # Dog fouling
    "DR": ("HWY-04", "HWY-05"),  # Flooding & drainage
    "FT": ("CLN-01",),  # Flytipping
    "GR": ("CLN-06",),  # Graffiti
    "PK": ("PRK-04",),  # Parks/landscapes
    "PV": ("HWY-02", "HWY-03", "HWY-09"),  # Pavements/footpaths
    "PH": ("HWY-01",),  # Potholes
    "RH": ("HWY-01", "HWY-03", "HWY-04", "HWY-05", "HWY-09", "HWY-10"),  # Roads/highways
    "RM": ("HWY-06",),  # Road markings
    "SG": ("HWY-07", "LGT-03"),  # Road traffic signs (incl. illuminated signs)
    "RR": ("WST-01", "WST-02", "WST-03", "WST-04", "WST-06", "CLN-04"),  # Rubbish (refuse and recycling)
    "SC": ("CLN-02", "CLN-03", "CLN-04", "CLN-07", "CLN-08"),  # Street cleaning (incl. dead animals)
    "SL": ("LGT-01", "LGT-02", "LGT-03"),  # Street lighting
    "SN": ("HWY-08",),  # Street nameplates
    "TL": ("TFL-01",),  # Traffic lights
    "TR": ("PRK-02", "PRK-01"),  # Trees (street trees, or overhanging private trees)
    "OT": ("GEN-01",),  # Other
}

# ------------------------------------------------------------------ us_lakeview.json
# A small town with one- or two-word service names and almost no descriptions.  "Code" is its
# general code-enforcement service ("Tall grass, junk, inoperable vehicles, property upkeep").
FROM_BLOOMINGTON_LAKEVIEW: Mapping = {
    "26": ("4431",),  # Debris Removal -> Street Sweeping
    "2": ("4427",),  # Excessive Growth -> Code (tall grass)
    "37": ("4426",),  # Graffiti
    "36": ("4416",),  # Recycling
    "5": ("4415", "4417", "5103", "4427"),  # Trash: Trash, Bulk Pickup, Dumping, Code (junk)
    "35": ("4432", "5087"),  # Yard Waste -> Brush, Leaves
    "66": ("4413", "4428"),  # Biking & Walking (no bike service)
    "78": ("4413", "4424"),  # Blocked Sidewalk (Sidewalk, or a car parked on it)
    "17": ("4431", "4418", "4428"),  # Blocked Street (debris, a fallen tree, else Other)
    "65": ("4437",),  # Close Calls -> Traffic
    "73": ("4424",),  # Inaccessible Parking
    "94": ("4428",),  # Nuisance Lights
    "92": ("4424", "4428"),  # Parking Garages (only a generic "Parking" service)
    "44": ("4424", "4428"),  # Parking Meters and Citations
    "29": ("4427", "4424"),  # Parking on Unimproved Surface
    "43": ("4424", "4428"),  # Parking Permits
    "25": ("4410",),  # Potholes, Other Street Repair
    "93": ("4411",),  # Request a new Street Light (no new-light service)
    "83": ("4428",),  # Scooters, Bike-share
    "34": ("4413",),  # Sidewalk & Curb Complaints
    "76": ("4413",),  # Sidewalk Requests
    "15": ("5102",),  # Sidewalk Snow Removal
    "86": ("4412",),  # Street & Traffic Signs
    "69": ("4411",),  # Street Lights
    "27": ("4414",),  # Street Snow Removal
    "89": ("4418",),  # Street Trees
    "67": ("4428",),  # Taxi Complaints
    "12": ("4437",),  # Traffic Related Complaints
    "70": ("4425",),  # Traffic Signals
    "61": ("4437", "4412"),  # Traffic Suggestions (Traffic, or a sign request)
    "33": ("4419",),  # Parks & Playgrounds
    "45": ("4419",),  # Parks & Rec Buildings
    "46": ("4419", "4428"),  # Parks & Rec Programs
    "47": ("4419",),  # Trails
    "52": ("4436", "4427"),  # Abandoned Vehicle (street, or inoperable on private property)
    "32": ("4422", "4435"),  # Animal Control & Neglected Pets
    "11": ("4428",),  # City Construction Projects
    "8": ("4427", "4428"),  # Fire Hazards (property hazards to Code, else Other)
    "19": ("4418", "4427"),  # Line of Sight (a tree, or private overgrowth)
    "10": ("4427",),  # Unsafe Buildings
    "91": ("4428",),  # Utility Construction Projects
    "74": ("4434",),  # Drainage or Runoff -> Storm Drain
    "88": ("4434",),  # Illicit Discharge
    "14": ("4421",),  # Sewer Problems (Sanitary)
    "57": ("4434", "4421"),  # Sewer Problems (Storm): Storm Drain, or the bare "Sewer"
    "60": ("4428",),  # Utilities Construction
    "58": ("4428",),  # Utilities Yardwork
    "23": ("4420",),  # Water Quality
    "21": ("4433",),  # Water Utility Billing Problems
    "13": ("4420",),  # Water Utility Problems
    "82": ("4413", "4428"),  # Accessibility Problem
    "63": ("4428",),  # Business
    "39": ("4428",),  # City Performance
    "87": ("4428",),  # Food Truck Issues
    "97": ("5110", "4428"),  # GIS Issue
    "4": ("4428",),  # Other
    "99": ("4428",),  # Public Art Maintenance
    "1": ("4427",),  # Rental Complaint -> Code
    "85": ("4428",),  # BIRD scooters
    "81": ("4428",),  # Smoking Violation
    "9": ("4427",),  # Temporary Signage w/o permit -> Code
    "53": ("5110",),  # Website & Web Services Feedback -> App Feedback
    "90": ("4422", "4428"),  # Wildlife Conflict
}

# ------------------------------------------------------------------ us_county.json
# A county serving unincorporated areas: no sidewalks, parking, graffiti, curbside collection or
# city-style services, so those Bloomington codes go to the catch-all (900).
FROM_BLOOMINGTON_COUNTY: Mapping = {
    "26": ("RB-110", "SW-2"),  # Debris Removal -> Debris in Roadway, Roadside Litter
    "2": ("CC-2", "RB-107"),  # Excessive Growth (private lot, or roadside mowing)
    "37": ("900",),  # Graffiti (no graffiti service)
    "36": ("SW-1", "900"),  # Recycling (convenience centers; curbside is a private hauler)
    "5": ("SW-1", "SW-2", "CC-1", "CC-4", "900"),  # Trash
    "35": ("SW-1", "900"),  # Yard Waste
    "66": ("PR-1", "900"),  # Biking & Walking (trails, else general)
    "78": ("ROW-01",),  # Blocked Sidewalk -> Obstruction in Right-of-Way
    "17": ("RB-109", "RB-110", "ROW-01"),  # Blocked Street
    "65": ("SO-1", "RB-118"),  # Close Calls
    "73": ("900",),  # Inaccessible Parking
    "94": ("900",),  # Nuisance Lights
    "92": ("900",),  # Parking Garages
    "44": ("900",),  # Parking Meters and Citations
    "29": ("CC-6", "900"),  # Parking on Unimproved Surface (zoning)
    "43": ("900",),  # Parking Permits
    "25": ("RB-101", "RB-102", "RB-103"),  # Potholes, Other Street Repair (gravel, shoulders)
    "93": ("TE-202",),  # Request a new Street Light (no new-light service)
    "83": ("900",),  # Scooters, Bike-share
    "34": ("900",),  # Sidewalk & Curb Complaints (no sidewalk service)
    "76": ("900",),  # Sidewalk Requests
    "15": ("900",),  # Sidewalk Snow Removal (road snow only)
    "86": ("RB-116", "RB-117", "RB-118"),  # Street & Traffic Signs
    "69": ("TE-202",),  # Street Lights
    "27": ("RB-115",),  # Street Snow Removal
    "89": ("RB-108", "RB-109"),  # Street Trees
    "67": ("900",),  # Taxi Complaints
    "12": ("SO-1", "900"),  # Traffic Related Complaints
    "70": ("TE-201",),  # Traffic Signals
    "61": ("RB-118", "900"),  # Traffic Suggestions
    "33": ("PR-1",),  # Parks & Playgrounds
    "45": ("PR-1",),  # Parks & Rec Buildings
    "46": ("900",),  # Parks & Rec Programs
    "47": ("PR-1",),  # Trails
    "52": ("SO-2", "CC-3"),  # Abandoned Vehicle (road, or inoperable on property)
    "32": ("AS-1", "AS-3", "AS-4", "RB-111"),  # Animal Control & Neglected Pets
    "11": ("ROW-01", "900"),  # City Construction Projects
    "8": ("FM-1",),  # Fire Hazards
    "19": ("RB-120", "RB-108"),  # Line of Sight
    "10": ("CC-5",),  # Unsafe Buildings
    "91": ("ROW-01", "ROW-02"),  # Utility Construction Projects
    "74": ("SWM-01", "RB-104", "RB-105", "RB-112"),  # Drainage or Runoff (ditches, culverts)
    "88": ("SWM-02",),  # Illicit Discharge
    "14": ("UT-1", "EH-1"),  # Sewer Problems (Sanitary): county sewer, or septic
    "57": ("RB-104", "RB-105", "SWM-01"),  # Sewer Problems (Storm)
    "60": ("ROW-01", "ROW-02", "UT-1"),  # Utilities Construction
    "58": ("UT-1", "900"),  # Utilities Yardwork
    "23": ("UT-1",),  # Water Quality
    "21": ("UT-1",),  # Water Utility Billing Problems ("account questions")
    "13": ("UT-1",),  # Water Utility Problems
    "82": ("900",),  # Accessibility Problem
    "63": ("900",),  # Business
    "39": ("900",),  # City Performance
    "87": ("900",),  # Food Truck Issues
    "97": ("901", "900"),  # GIS Issue
    "4": ("900",),  # Other
    "99": ("900",),  # Public Art Maintenance
    "1": ("CC-5", "900"),  # Rental Complaint (no housing service)
    "85": ("900",),  # BIRD scooters
    "81": ("900",),  # Smoking Violation
    "9": ("CC-7", "ROW-01"),  # Temporary Signage w/o permit -> Bandit Signs
    "53": ("901",),  # Website & Web Services Feedback
    "90": ("AS-5", "900"),  # Wildlife Conflict (Animal Services takes sick/injured wildlife only)
}

# ------------------------------------------------------------------ us_bilingual.json
# A Southwestern city with English / Spanish names: no snow services, so Bloomington's snow codes
# go to its catch-all (OTHER).
FROM_BLOOMINGTON_BILINGUAL: Mapping = {
    "26": ("1007", "1006"),  # Debris Removal -> Street Sweeping, Debris in Road
    "2": ("3001",),  # Excessive Growth -> Weeds / Maleza
    "37": ("3009",),  # Graffiti
    "36": ("2002", "2003"),  # Recycling
    "5": ("2001", "2003", "2004", "2005", "2006", "3004"),  # Trash
    "35": ("2004", "2001"),  # Yard Waste (brush goes to Bulky Item Pickup; no green-waste service)
    "66": ("1003", "OTHER"),  # Biking & Walking
    "78": ("7001", "OTHER"),  # Blocked Sidewalk (no obstruction service)
    "17": ("1006", "6004", "OTHER"),  # Blocked Street
    "65": ("1022",),  # Close Calls -> Traffic Calming Request
    "73": ("7001",),  # Inaccessible Parking
    "94": ("OTHER",),  # Nuisance Lights
    "92": ("OTHER",),  # Parking Garages
    "44": ("7002", "OTHER"),  # Parking Meters and Citations
    "29": ("3008",),  # Parking on Unimproved Surface -> Parking in Yard
    "43": ("OTHER",),  # Parking Permits
    "25": ("1001", "1002", "1004", "1005"),  # Potholes, Other Street Repair (curb, dirt alleys)
    "93": ("1011",),  # Request a new Street Light
    "83": ("OTHER",),  # Scooters, Bike-share
    "34": ("1003", "1004"),  # Sidewalk & Curb Complaints
    "76": ("1003", "OTHER"),  # Sidewalk Requests (only a damage service)
    "15": ("OTHER",),  # Sidewalk Snow Removal (no snow services)
    "86": ("1021",),  # Street & Traffic Signs
    "69": ("1010",),  # Street Lights
    "27": ("OTHER",),  # Street Snow Removal (no snow services)
    "89": ("6003", "6004"),  # Street Trees
    "67": ("OTHER",),  # Taxi Complaints
    "12": ("1022", "OTHER"),  # Traffic Related Complaints
    "70": ("1020",),  # Traffic Signals
    "61": ("1022", "OTHER"),  # Traffic Suggestions
    "33": ("6001", "6002"),  # Parks & Playgrounds
    "45": ("6001",),  # Parks & Rec Buildings
    "46": ("OTHER",),  # Parks & Rec Programs
    "47": ("6001",),  # Trails
    "52": ("7003", "3002"),  # Abandoned Vehicle (street, or junk vehicle on property)
    "32": ("4001", "4002", "4003", "2007"),  # Animal Control & Neglected Pets
    "11": ("OTHER",),  # City Construction Projects
    "8": ("3004", "OTHER"),  # Fire Hazards
    "19": ("6003", "3001"),  # Line of Sight (a tree, or weeds)
    "10": ("3005",),  # Unsafe Buildings
    "91": ("OTHER",),  # Utility Construction Projects
    "74": ("1030", "1031"),  # Drainage or Runoff
    "88": ("1030", "OTHER"),  # Illicit Discharge (no pollution service)
    "14": ("5005",),  # Sewer Problems (Sanitary)
    "57": ("1030", "1031"),  # Sewer Problems (Storm)
    "60": ("OTHER",),  # Utilities Construction
    "58": ("OTHER",),  # Utilities Yardwork
    "23": ("OTHER",),  # Water Quality (no water-quality service)
    "21": ("5004",),  # Water Utility Billing Problems
    "13": ("5001", "5003"),  # Water Utility Problems (leak, low pressure)
    "82": ("1003", "OTHER"),  # Accessibility Problem
    "63": ("OTHER",),  # Business
    "39": ("OTHER",),  # City Performance
    "87": ("OTHER",),  # Food Truck Issues
    "97": ("WEB", "OTHER"),  # GIS Issue
    "4": ("OTHER",),  # Other
    "99": ("OTHER",),  # Public Art Maintenance
    "1": ("3006",),  # Rental Complaint -> Substandard Rental Housing
    "85": ("OTHER",),  # BIRD scooters
    "81": ("OTHER",),  # Smoking Violation
    "9": ("3007",),  # Temporary Signage w/o permit -> Illegal Signs
    "53": ("WEB",),  # Website & Web Services Feedback
    "90": ("4001", "4004", "OTHER"),  # Wildlife Conflict (Animal Services, bees, else Other)
}

# ------------------------------------------------------------------ au_coastal.json
# An Australian coastal council: water, sewer and traffic signals belong to state authorities.
# Sewer and water reports go to the catch-all (GN01); signals have a pass-on service (RF09),
# and street lights are lodged with the electricity distributor through SL01.
FROM_BLOOMINGTON_COASTAL: Mapping = {
    "26": ("CL01",),  # Debris Removal -> Street sweeping
    "2": ("TV05", "TV04"),  # Excessive Growth -> Overgrown vegetation, Nature strip
    "37": ("GRAF",),  # Graffiti
    "36": ("WR01", "WR02", "WR03"),  # Recycling
    "5": ("WR01", "WR02", "WR03", "WR04", "WR05", "WR06", "LL05"),  # Trash
    "35": ("WR01", "WR02", "WR03"),  # Yard Waste (FOGO bin)
    "66": ("RF03", "RF11", "GN01"),  # Biking & Walking
    "78": ("RF04", "LL01"),  # Blocked Sidewalk
    "17": ("TV02", "CL01", "GN01"),  # Blocked Street
    "65": ("RF11",),  # Close Calls -> Traffic and road safety concern
    "73": ("LL02", "LL01"),  # Inaccessible Parking
    "94": ("GN01",),  # Nuisance Lights
    "92": ("GN01",),  # Parking Garages
    "44": ("GN01",),  # Parking Meters and Citations
    "29": ("LL01",),  # Parking on Unimproved Surface ("on footpaths or nature strips")
    "43": ("GN01",),  # Parking Permits
    "25": ("RF01", "RF02", "RF05"),  # Potholes, Other Street Repair
    "93": ("SL02",),  # Request a new Street Light
    "83": ("RF04", "GN01"),  # Scooters, Bike-share
    "34": ("RF03", "RF05"),  # Sidewalk & Curb Complaints
    "76": ("RF03", "GN01"),  # Sidewalk Requests
    "15": ("GN01",),  # Sidewalk Snow Removal (no snow services)
    "86": ("RF07", "RF08"),  # Street & Traffic Signs
    "69": ("SL01",),  # Street Lights
    "27": ("GN01",),  # Street Snow Removal (no snow services)
    "89": ("TV01", "TV02", "TV03"),  # Street Trees
    "67": ("GN01",),  # Taxi Complaints
    "12": ("RF11", "GN01"),  # Traffic Related Complaints
    "70": ("RF09",),  # Traffic Signals
    "61": ("RF11",),  # Traffic Suggestions
    "33": ("PR01", "PR02"),  # Parks & Playgrounds
    "45": ("PR03", "PR01"),  # Parks & Rec Buildings (toilets, park facilities)
    "46": ("GN01",),  # Parks & Rec Programs
    "47": ("PR01", "BF02"),  # Trails (park paths, beach access tracks)
    "52": ("LL03",),  # Abandoned Vehicle
    "32": ("AN01", "AN02", "AN03", "AN04", "CL04"),  # Animal Control & Neglected Pets
    "11": ("GN01",),  # City Construction Projects
    "8": ("TV05", "GN01"),  # Fire Hazards (overgrown blocks, else general)
    "19": ("TV05", "TV01"),  # Line of Sight
    "10": ("LL06",),  # Unsafe Buildings -> Building - illegal or unsafe works
    "91": ("GN01",),  # Utility Construction Projects
    "74": ("DR01", "DR02"),  # Drainage or Runoff
    "88": ("DR01", "DR02", "GN01"),  # Illicit Discharge (no pollution service)
    "14": ("GN01",),  # Sewer Problems (Sanitary): water authority
    "57": ("DR01", "DR02"),  # Sewer Problems (Storm)
    "60": ("GN01",),  # Utilities Construction
    "58": ("TV04", "GN01"),  # Utilities Yardwork (nature strip restoration)
    "23": ("GN01",),  # Water Quality
    "21": ("GN01",),  # Water Utility Billing Problems
    "13": ("GN01",),  # Water Utility Problems
    "82": ("RF03", "LL02", "GN01"),  # Accessibility Problem
    "63": ("GN01",),  # Business
    "39": ("GN01",),  # City Performance
    "87": ("GN01",),  # Food Truck Issues
    "97": ("GN01",),  # GIS Issue
    "4": ("GN01",),  # Other
    "99": ("GN01",),  # Public Art Maintenance
    "1": ("GN01",),  # Rental Complaint (tenancy is a state matter)
    "85": ("RF04", "GN01"),  # BIRD scooters
    "81": ("GN01",),  # Smoking Violation
    "9": ("RF04", "GN01"),  # Temporary Signage w/o permit (A-frame signs on footpaths)
    "53": ("GN01",),  # Website & Web Services Feedback
    "90": ("GN01",),  # Wildlife Conflict
}

FROM_FMS_COASTAL: Mapping = {
    "AV": ("LL03",),  # Abandoned vehicles
    "BS": ("RF10",),  # Bus stops -> Bus shelter damage
    "CP": ("LL01", "LL02"),  # Car parking
    "DF": ("AN05",),  # Dog fouling -> Dog poo
    "DR": ("DR01", "DR02"),  # Flooding & drainage
    "FT": ("WR05",),  # Flytipping -> Illegal dumping
    "GR": ("GRAF",),  # Graffiti
    "PK": ("PR01", "PR02", "PR03", "PR04", "BF01", "BF02", "TV04"),  # Parks/landscapes
    "PV": ("RF03", "RF04", "RF05"),  # Pavements/footpaths
    "PH": ("RF01", "RF02"),  # Potholes
    "RH": ("RF01", "RF02", "RF05", "RF11"),  # Roads/highways
    "RM": ("RF06",),  # Road markings
    "SG": ("RF07",),  # Road traffic signs
    "RR": ("WR01", "WR02", "WR03", "WR04", "WR06"),  # Rubbish (refuse and recycling)
    "SC": ("CL01", "WR06", "CL04", "SHARPS"),  # Street cleaning (incl. dead animals, syringes)
    "SL": ("SL01", "SL02"),  # Street lighting
    "SN": ("RF08",),  # Street nameplates
    "TL": ("RF09",),  # Traffic lights (passed to the state authority)
    "TR": ("TV01", "TV02", "TV03", "TV05"),  # Trees (incl. overhanging private vegetation)
    "OT": ("GN01",),  # Other
}

# ------------------------------------------------------------------ us_metro.json
# A very large city with NYC-style complaint types and opaque hex codes.  Housing-condition types
# (HEAT/HOT WATER, PLUMBING, ...) are accepted for Bloomington rental complaints.  There is no
# parking-permit, garage or water-billing service, so those go to the catch-all (Other - Not
# Listed); there is no new-street-light service, so 93 goes to Street Light Condition.
MT_HEAT = "4d645fa6"  # HEAT/HOT WATER
MT_UNSAN = "8a831817"  # UNSANITARY CONDITION
MT_PLUMB = "d67e4d92"  # PLUMBING
MT_LEAK = "25abd89b"  # WATER LEAK
MT_HGEN = "2abc5619"  # GENERAL
MT_BLDG = "48a7c825"  # Building Condition
MT_STREET = "64c184fa"  # Street Condition
MT_SWALK = "3cbb7daa"  # Sidewalk Condition
MT_SLIGHT = "f3e452f2"  # Street Light Condition
MT_SIGNAL = "f15ce760"  # Traffic Signal Condition
MT_SIGN_DMG = "449e78e4"  # Street Sign - Damaged
MT_SIGN_MISS = "eca9bad1"  # Street Sign - Missing
MT_TRAFFIC = "162794bf"  # Traffic
MT_STUDY = "cbc16f01"  # Traffic Safety Study Request
MT_METER = "76e9c809"  # Broken Parking Meter
MT_OBSTR = "08bd9d96"  # Obstruction
MT_SNOW = "f4d6d235"  # Snow or Ice
MT_SWORK = "ead50263"  # Street/Sidewalk Work Condition
MT_ESCOOT = "29ec148c"  # E-Scooter
MT_ILLPARK = "bed3e91c"  # Illegal Parking
MT_ABANDON = "0a734d03"  # Abandoned Vehicle
MT_DERELICT = "959575fe"  # Derelict Vehicles
MT_TAXI = "fe72c33b"  # Taxi Complaint
MT_DIRTY = "a63cf5f9"  # Dirty Conditions
MT_SANCOND = "7d791a3c"  # Sanitation Condition
MT_MISSED = "2694e1f7"  # Missed Collection
MT_BASKET = "b79db4df"  # Litter Basket / Request
MT_DUMP = "b6ab9f1a"  # Illegal Dumping
MT_BULK = "cc9ff851"  # Bulky Item Collection Request
MT_DEAD = "d921bf95"  # Dead Animal
MT_LOT = "0727d4da"  # Vacant Lot
MT_GRAFF = "0dfafe39"  # Graffiti
MT_POSTING = "72488b81"  # Illegal Posting
MT_VENDOR = "84488709"  # Food Vendor
MT_SMOKE = "e14c1d7e"  # Smoking
MT_ANIMAL_ABUSE = "93afd954"  # Animal Abuse
MT_ANIMAL_PARK = "bc2c8e3e"  # Animal in a Park
MT_SEWER = "a562d07c"  # Sewer
MT_WATER = "f9fc2f72"  # Water System
MT_WQ = "ad989a70"  # Water Quality
MT_INDWASTE = "8b9b7cef"  # Industrial Waste
MT_TREE_DMG = "bf77d38d"  # Damaged Tree
MT_TREE_OVER = "4630de19"  # Overgrown Tree/Branches
MT_TREE_DEAD = "796ce0e9"  # Dead/Dying Tree
MT_TREE_NEW = "b25a55f4"  # New Tree Request
MT_PARKMAINT = "08d213b7"  # Maintenance or Facility
MT_CONSUMER = "86ad9101"  # Consumer Complaint
MT_FIRE = "79c919c1"  # Fire Safety
MT_AGENCY = "c92830e1"  # Agency Issues
MT_OTHER = "3dbf2458"  # Other - Not Listed

FROM_BLOOMINGTON_METRO: Mapping = {
    "26": (MT_DIRTY,),  # Debris Removal -> Dirty Conditions
    "2": (MT_LOT, MT_OTHER),  # Excessive Growth (Vacant Lot covers vacant lots only)
    "37": (MT_GRAFF,),  # Graffiti
    "36": (MT_MISSED,),  # Recycling
    "5": (MT_MISSED, MT_DIRTY, MT_SANCOND, MT_BASKET, MT_DUMP, MT_BULK),  # Trash
    "35": (MT_MISSED,),  # Yard Waste (Missed Collection lists Organics/Yard Waste)
    "66": (MT_STUDY, MT_ILLPARK, MT_OTHER),  # Biking & Walking (crosswalks, blocked bike lanes)
    "78": (MT_OBSTR, MT_ILLPARK, MT_SWORK),  # Blocked Sidewalk (items, a parked car, a work zone)
    "17": (MT_OBSTR, MT_ILLPARK, MT_TREE_DMG, MT_DIRTY),  # Blocked Street (containers, cars, trees, debris)
    "65": (MT_STUDY, MT_TRAFFIC),  # Close Calls
    "73": (MT_ILLPARK,),  # Inaccessible Parking (disabled space descriptor)
    "94": (MT_OTHER,),  # Nuisance Lights
    "92": (MT_OTHER,),  # Parking Garages
    "44": (MT_METER, MT_OTHER),  # Parking Meters and Citations (citations: no service)
    "29": (MT_ILLPARK, MT_OTHER),  # Parking on Unimproved Surface
    "43": (MT_OTHER,),  # Parking Permits
    "25": (MT_STREET, MT_SWORK),  # Potholes, Other Street Repair (incl. road restoration)
    "93": (MT_SLIGHT,),  # Request a new Street Light (no new-light service)
    "83": (MT_ESCOOT,),  # Scooters, Bike-share
    "34": (MT_SWALK,),  # Sidewalk & Curb Complaints
    "76": (MT_SWALK,),  # Sidewalk Requests (pedestrian ramps)
    "15": (MT_SNOW,),  # Sidewalk Snow Removal
    "86": (MT_SIGN_DMG, MT_SIGN_MISS, MT_STUDY),  # Street & Traffic Signs
    "69": (MT_SLIGHT,),  # Street Lights
    "27": (MT_SNOW,),  # Street Snow Removal
    "89": (MT_TREE_DMG, MT_TREE_OVER, MT_TREE_DEAD, MT_TREE_NEW),  # Street Trees
    "67": (MT_TAXI,),  # Taxi Complaints
    "12": (MT_TRAFFIC, MT_STUDY),  # Traffic Related Complaints
    "70": (MT_SIGNAL,),  # Traffic Signals
    "61": (MT_STUDY,),  # Traffic Suggestions
    "33": (MT_PARKMAINT,),  # Parks & Playgrounds -> Maintenance or Facility
    "45": (MT_PARKMAINT,),  # Parks & Rec Buildings
    "46": (MT_OTHER,),  # Parks & Rec Programs
    "47": (MT_PARKMAINT,),  # Trails
    "52": (MT_ABANDON, MT_DERELICT),  # Abandoned Vehicle
    "32": (MT_ANIMAL_ABUSE, MT_ANIMAL_PARK, MT_DEAD, MT_OTHER),  # Animal Control & Neglected Pets
    "11": (MT_SWORK,),  # City Construction Projects
    "8": (MT_FIRE,),  # Fire Hazards
    "19": (MT_TREE_OVER, MT_OTHER),  # Line of Sight (branches, or private hedges)
    "10": (MT_BLDG,),  # Unsafe Buildings
    "91": (MT_SWORK, MT_STREET),  # Utility Construction Projects
    "74": (MT_SEWER,),  # Drainage or Runoff (catch basin, street flooding)
    "88": (MT_INDWASTE, MT_SEWER),  # Illicit Discharge
    "14": (MT_SEWER,),  # Sewer Problems (Sanitary)
    "57": (MT_SEWER,),  # Sewer Problems (Storm)
    "60": (MT_SWORK, MT_STREET),  # Utilities Construction
    "58": (MT_SWORK, MT_OTHER),  # Utilities Yardwork
    "23": (MT_WQ,),  # Water Quality
    "21": (MT_OTHER,),  # Water Utility Billing Problems
    "13": (MT_WATER,),  # Water Utility Problems -> Water System
    "82": (MT_SWALK, MT_OTHER),  # Accessibility Problem (ramps, else general)
    "63": (MT_CONSUMER, MT_OTHER),  # Business
    "39": (MT_AGENCY,),  # City Performance -> Agency Issues
    "87": (MT_VENDOR,),  # Food Truck Issues -> Food Vendor
    "97": (MT_AGENCY, MT_OTHER),  # GIS Issue
    "4": (MT_OTHER,),  # Other
    "99": (MT_OTHER,),  # Public Art Maintenance
    "1": (MT_HEAT, MT_UNSAN, MT_PLUMB, MT_LEAK, MT_HGEN),  # Rental Complaint (housing types)
    "85": (MT_ESCOOT,),  # BIRD scooters
    "81": (MT_SMOKE,),  # Smoking Violation
    "9": (MT_POSTING,),  # Temporary Signage w/o permit -> Illegal Posting
    "53": (MT_AGENCY,),  # Website & Web Services Feedback -> Agency Issues
    "90": (MT_ANIMAL_PARK, MT_OTHER),  # Wildlife Conflict (wildlife in parks only)
}

# ------------------------------------------------------------------ us_college.json
# A college town on a SeeClickFix-style platform, numeric request-type ids.  No animal-control,
# fire, water-quality or business services: those go to the catch-all (Other / General, 4899).
FROM_BLOOMINGTON_COLLEGE: Mapping = {
    "26": ("4840", "4813"),  # Debris Removal (street, or debris in a bike lane)
    "2": ("4852",),  # Excessive Growth -> Tall Grass / Weeds
    "37": ("4855", "4856"),  # Graffiti
    "36": ("4841", "4845"),  # Recycling
    "5": ("4841", "4842", "4843", "4844", "4845", "4854"),  # Trash
    "35": ("4846",),  # Yard Waste
    "66": ("4812", "4813", "4814", "4816"),  # Biking & Walking
    "78": ("4833", "4821", "11207"),  # Blocked Sidewalk (objects, a parked car, scooters)
    "17": ("4860", "4840", "4821", "4899"),  # Blocked Street (no street-obstruction service)
    "65": ("4816", "4817"),  # Close Calls
    "73": ("4821",),  # Inaccessible Parking
    "94": ("4899",),  # Nuisance Lights
    "92": ("4824",),  # Parking Garages
    "44": ("4820", "4823"),  # Parking Meters and Citations
    "29": ("4821", "4899"),  # Parking on Unimproved Surface
    "43": ("4822",),  # Parking Permits
    "25": ("4830", "4831"),  # Potholes, Other Street Repair
    "93": ("4836",),  # Request a new Street Light
    "83": ("11207",),  # Scooters, Bike-share
    "34": ("4832", "4834"),  # Sidewalk & Curb Complaints
    "76": ("4834", "4899"),  # Sidewalk Requests (curb ramps; no new-sidewalk service)
    "15": ("4837",),  # Sidewalk Snow Removal
    "86": ("4828",),  # Street & Traffic Signs
    "69": ("4835",),  # Street Lights
    "27": ("4838",),  # Street Snow Removal
    "89": ("4860", "4861", "4862"),  # Street Trees
    "67": ("4899",),  # Taxi Complaints
    "12": ("4817", "4816"),  # Traffic Related Complaints
    "70": ("4827", "4826"),  # Traffic Signals
    "61": ("4817", "4816"),  # Traffic Suggestions
    "33": ("4863",),  # Parks & Playgrounds
    "45": ("4863",),  # Parks & Rec Buildings (park restrooms)
    "46": ("4899",),  # Parks & Rec Programs
    "47": ("4863",),  # Trails
    "52": ("4825",),  # Abandoned Vehicle
    "32": ("4864", "4899"),  # Animal Control & Neglected Pets (no animal service)
    "11": ("4833", "4899"),  # City Construction Projects
    "8": ("4899",),  # Fire Hazards
    "19": ("4861", "4852"),  # Line of Sight (city tree, or private overgrowth)
    "10": ("4853", "4899"),  # Unsafe Buildings (rentals only)
    "91": ("4831", "4833", "4899"),  # Utility Construction Projects
    "74": ("4839",),  # Drainage or Runoff
    "88": ("4839", "4899"),  # Illicit Discharge
    "14": ("4871",),  # Sewer Problems (Sanitary)
    "57": ("4839",),  # Sewer Problems (Storm)
    "60": ("4831", "4833", "4899"),  # Utilities Construction
    "58": ("4899",),  # Utilities Yardwork
    "23": ("4899",),  # Water Quality (no water-quality service)
    "21": ("4872",),  # Water Utility Billing Problems
    "13": ("4870",),  # Water Utility Problems
    "82": ("4834",),  # Accessibility Problem
    "63": ("4899",),  # Business
    "39": ("4899",),  # City Performance
    "87": ("4899",),  # Food Truck Issues
    "97": ("4899",),  # GIS Issue
    "4": ("4899",),  # Other
    "99": ("4899",),  # Public Art Maintenance
    "1": ("4853",),  # Rental Complaint
    "85": ("11207",),  # BIRD scooters
    "81": ("4899",),  # Smoking Violation
    "9": ("4899",),  # Temporary Signage w/o permit
    "53": ("4899",),  # Website & Web Services Feedback
    "90": ("4899",),  # Wildlife Conflict
}

# ------------------------------------------------------------------ uk_unitary.json
# An English unitary council whose highway categories come from an asset system ("Asset - Fault")
# and whose waste services carry numeric codes from a separate waste system.
FROM_FMS_UNITARY: Mapping = {
    "AV": ("ENAV",),  # Abandoned vehicles
    "BS": ("BSDM",),  # Bus stops
    "CP": ("PKIL", "PKCP"),  # Car parking
    "DF": ("ENDF",),  # Dog fouling
    "DR": ("DRGB", "DRGC", "DRFL"),  # Flooding & drainage (incl. gully covers)
    "FT": ("ENFT",),  # Flytipping
    "GR": ("ENGO", "ENGN", "ENFP"),  # Graffiti (and fly-posting)
    "PK": ("PRPE", "PRGM", "VGGC"),  # Parks/landscapes (incl. grass verges)
    "PV": ("FWTH", "FWSD", "FWOB"),  # Pavements/footpaths
    "PH": ("CWPH", "CWSD"),  # Potholes
    "RH": ("CWPH", "CWSD", "CWDS", "CWUR", "WICE", "HWOT"),  # Roads/highways
    "RM": ("RMWN",),  # Road markings
    "SG": ("SGDM", "SLIS"),  # Road traffic signs (incl. illuminated signs)
    "RR": ("31001", "31002", "31003", "31004", "SCLB"),  # Rubbish (refuse and recycling)
    "SC": ("SCLT", "SCDT", "SCLB", "SCDA", "SCNS", "CWDS"),  # Street cleaning (incl. dead animals, spills)
    "SL": ("SLUO", "SLDB", "SLCD", "SLDW", "SLIS"),  # Street lighting
    "SN": ("SNDM",),  # Street nameplates
    "TL": ("TSFT",),  # Traffic lights
    "TR": ("TRDF", "TROH", "HGOV"),  # Trees (incl. overhanging private hedges and trees)
    "OT": ("GEN1", "HWOT"),  # Other
}

# ------------------------------------------------------------------ nz_harbour.json
# A New Zealand city council.  It has no dog-fouling service, so FixMyStreet dog fouling goes to
# street cleaning and the catch-all (902).
FROM_FMS_HARBOUR: Mapping = {
    "AV": ("505",),  # Abandoned vehicles
    "BS": ("212",),  # Bus stops -> Bus shelter - damaged
    "CP": ("506", "507"),  # Car parking
    "DF": ("110", "902"),  # Dog fouling (no dog-fouling service: street cleaning, else general)
    "DR": ("304", "305", "203"),  # Flooding & drainage (incl. blocked channels)
    "FT": ("109",),  # Flytipping -> Illegal dumping
    "GR": ("111",),  # Graffiti
    "PK": ("401", "402", "403", "404", "407", "408"),  # Parks/landscapes (incl. berms, beaches)
    "PV": ("207",),  # Pavements/footpaths
    "PH": ("201", "202"),  # Potholes
    "RH": ("201", "202", "203", "206", "211"),  # Roads/highways
    "RM": ("204",),  # Road markings
    "SG": ("205",),  # Road traffic signs
    "RR": ("101", "102", "103", "104", "105", "106", "107", "108"),  # Rubbish (refuse and recycling)
    "SC": ("110", "108", "112"),  # Street cleaning (incl. dead animals)
    "SL": ("208", "209"),  # Street lighting
    "SN": ("205",),  # Street nameplates (Roading - signs covers street name signs)
    "TL": ("210",),  # Traffic lights
    "TR": ("405", "406"),  # Trees (incl. private trees overhanging)
    "OT": ("902",),  # Other -> General enquiry
}

# ------------------------------------------------------------------ us_river_valley.json
# A Rust Belt city on a Cityworks/Salesforce-style 311 whose names are phrased as the resident's
# request ("Report a Pothole", "Request Bulk Item Pickup").  Most codes are numeric; four services
# added later carry Salesforce record ids (RV_* constants).  Junk vehicles and cars parked on lawns
# belong to its property-maintenance service (1402); it has no taxi, business, food-truck,
# smoking or public-art service, so those go to its catch-all (Report Something Else).
RV_SCOOTER = "a0T3h00000F1kQzEAJ"  # Report a Shared Scooter or Bike Problem
RV_QUESTION = "a0T3h00000F1kR4EAJ"  # Ask a Question
RV_FEEDBACK = "a0T3h00000F1kRBEAZ"  # Give Feedback on a City Service
RV_OTHER = "a0T3h00000F1kRCEAZ"  # Report Something Else

FROM_BLOOMINGTON_RIVER_VALLEY: Mapping = {
    "26": ("1021",),  # Debris Removal -> Report Debris in the Roadway
    "2": ("1401",),  # Excessive Growth -> Report Tall Grass or Weeds
    "37": ("1407", "1408"),  # Graffiti (public, private)
    "36": ("1302", "1305"),  # Recycling (missed pickup, cart)
    "5": ("1301", "1305", "1306", "1308", "1402"),  # Trash (missed, cart, bulk, dumping, junk in a yard)
    "35": ("1303",),  # Yard Waste (incl. leaf collection)
    "66": ("1114", "1115", RV_OTHER),  # Biking & Walking (crosswalks, bike lane markings, else general)
    "78": ("1025", "1201", "1027"),  # Blocked Sidewalk (objects, a parked car, a work zone)
    "17": ("1025", "1021", "1602", "1027"),  # Blocked Street (objects, debris, fallen tree, work zone)
    "65": ("1114",),  # Close Calls -> Request a Traffic Study (dangerous intersection)
    "73": ("1201",),  # Inaccessible Parking (accessible space without a placard)
    "94": (RV_OTHER,),  # Nuisance Lights
    "92": ("1205",),  # Parking Garages -> Parking Services (garages and lots)
    "44": ("1205",),  # Parking Meters and Citations
    "29": ("1402",),  # Parking on Unimproved Surface ("cars parked on lawns")
    "43": ("1205",),  # Parking Permits
    "25": ("1012", "1013"),  # Potholes, Other Street Repair
    "93": ("1102",),  # Request a new Street Light
    "83": (RV_SCOOTER,),  # Scooters, Bike-share
    "34": ("1014",),  # Sidewalk & Curb Complaints
    "76": ("1019", "1014"),  # Sidewalk Requests
    "15": ("1405",),  # Sidewalk Snow Removal -> Report an Unshoveled Sidewalk
    "86": ("1111", "1114"),  # Street & Traffic Signs (damaged, or a new sign)
    "69": ("1101",),  # Street Lights -> Request a Street Light Repair
    "27": ("1022",),  # Street Snow Removal
    "89": ("1601", "1602"),  # Street Trees
    "67": (RV_OTHER,),  # Taxi Complaints
    "12": ("1114", "1110", "1111"),  # Traffic Related Complaints (incl. faulty or missing equipment)
    "70": ("1110", "1114"),  # Traffic Signals (fault, or a new signal)
    "61": ("1114", "1115"),  # Traffic Suggestions (new controls, markings)
    "33": ("1610",),  # Parks & Playgrounds
    "45": ("1610",),  # Parks & Rec Buildings (restrooms, shelters)
    "46": ("1612",),  # Parks & Rec Programs
    "47": ("1610",),  # Trails
    "52": ("1202", "1402"),  # Abandoned Vehicle (street, or junk vehicle on private property)
    "32": ("1701", "1703"),  # Animal Control & Neglected Pets
    "11": ("1027", "1025"),  # City Construction Projects
    "8": ("1705",),  # Fire Hazards
    "19": ("1601", "1402"),  # Line of Sight (City tree, or private bushes)
    "10": ("1403",),  # Unsafe Buildings
    "91": ("1027",),  # Utility Construction Projects
    "74": ("1505",),  # Drainage or Runoff
    "88": ("1507",),  # Illicit Discharge
    "14": ("1504",),  # Sewer Problems (Sanitary) -> Report a Sewer Backup
    "57": ("1505",),  # Sewer Problems (Storm)
    "60": ("1027",),  # Utilities Construction
    "58": ("1027",),  # Utilities Yardwork ("poor restoration of pavement or lawns")
    "23": ("1502",),  # Water Quality
    "21": ("1510",),  # Water Utility Billing Problems
    "13": ("1501", "1502"),  # Water Utility Problems (leaks, pressure)
    "82": ("1019", "1014", RV_OTHER),  # Accessibility Problem (curb ramps, sidewalks, else general)
    "63": (RV_OTHER,),  # Business
    "39": (RV_FEEDBACK,),  # City Performance
    "87": (RV_OTHER,),  # Food Truck Issues
    "97": (RV_FEEDBACK, RV_OTHER),  # GIS Issue
    "4": (RV_OTHER, RV_QUESTION),  # Other
    "99": (RV_OTHER,),  # Public Art Maintenance
    "1": ("1404",),  # Rental Complaint
    "85": (RV_SCOOTER,),  # BIRD scooters
    "81": (RV_OTHER,),  # Smoking Violation
    "9": ("1410",),  # Temporary Signage w/o permit -> Report an Illegal Sign
    "53": (RV_FEEDBACK,),  # Website & Web Services Feedback
    "90": ("1701", RV_OTHER),  # Wildlife Conflict (the City does not handle nuisance wildlife)
}

# ------------------------------------------------------------------ uk_metropolitan.json
# An English metropolitan borough with GOV.UK-style "Report ..." / "Request ..." names.  It is the
# highway authority; bus stops and shelters belong to the Passenger Transport Executive and the
# catalog has a pass-on service for them (CNF1110).
FROM_FMS_METROPOLITAN: Mapping = {
    "AV": ("9505",),  # Abandoned vehicles
    "BS": ("CNF1110",),  # Bus stops (passed to the transport executive)
    "CP": ("9501", "9502"),  # Car parking (parking problems, council car parks)
    "DF": ("BTC0304",),  # Dog fouling
    "DR": ("CNF1301", "CNF1302", "CNF1303"),  # Flooding & drainage (incl. drain covers)
    "FT": ("BTC0301",),  # Flytipping
    "GR": ("BTC0305", "BTC0306"),  # Graffiti (and fly-posting)
    "PK": ("9401", "9403"),  # Parks/landscapes (incl. grass verges)
    "PV": ("CNF1103", "CNF1105"),  # Pavements/footpaths (damage, obstructions)
    "PH": ("CNF1101", "CNF1102"),  # Potholes
    "RH": ("CNF1101", "CNF1102", "CNF1105", "CNF1111", "CNF1113", "CNF1114", "CNF1303"),  # Roads/highways
    "RM": ("CNF1106",),  # Road markings
    "SG": ("CNF1107", "CNF1201"),  # Road traffic signs (incl. illuminated signs)
    "RR": ("BTC0201", "BTC0202", "BTC0203", "BTC0204", "BTC0207", "BTC0303"),  # Rubbish
    "SC": ("BTC0302", "BTC0303", "BTC0307", "BTC0308", "BTC0207"),  # Street cleaning (incl. dead animals)
    "SL": ("CNF1201", "CNF1202"),  # Street lighting
    "SN": ("CNF1108",),  # Street nameplates
    "TL": ("CNF1109",),  # Traffic lights
    "TR": ("9402", "CNF1113"),  # Trees (council trees, or overhanging private trees)
    "OT": ("9999",),  # Other -> Report something else
}

CATALOGS: dict[str, Mapping] = {
    "us_lakeshore": FROM_BLOOMINGTON_LAKESHORE,
    "us_riverton": FROM_BLOOMINGTON_RIVERTON,
    "us_mesa_verde": FROM_BLOOMINGTON_MESA_VERDE,
    "us_oldport": FROM_BLOOMINGTON_OLDPORT,
    "us_prairie": FROM_BLOOMINGTON_PRAIRIE,
    "us_harbor": FROM_BLOOMINGTON_HARBOR,
    "ca_maple": FROM_BLOOMINGTON_MAPLE,
    "us_lakeview": FROM_BLOOMINGTON_LAKEVIEW,
    "us_county": FROM_BLOOMINGTON_COUNTY,
    "us_bilingual": FROM_BLOOMINGTON_BILINGUAL,
    "au_coastal": FROM_BLOOMINGTON_COASTAL,
    "us_metro": FROM_BLOOMINGTON_METRO,
    "us_college": FROM_BLOOMINGTON_COLLEGE,
    "us_river_valley": FROM_BLOOMINGTON_RIVER_VALLEY,
}

UK_CATALOGS: dict[str, Mapping] = {
    "uk_northshire": FROM_FMS_NORTHSHIRE,
    "uk_bramford": FROM_FMS_BRAMFORD,
    "uk_kingsford": FROM_FMS_KINGSFORD,
    "au_coastal": FROM_FMS_COASTAL,
    "uk_unitary": FROM_FMS_UNITARY,
    "nz_harbour": FROM_FMS_HARBOUR,
    "uk_metropolitan": FROM_FMS_METROPOLITAN,
}
