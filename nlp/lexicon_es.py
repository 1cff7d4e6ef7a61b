"""How Spanish-speaking citizens name common street problems: extra triggers for the concepts of
`nlp.lexicon`, by concept name. Catalogs stay in the council's language (targets are not translated): a
message in Spanish evokes the same concepts, which are matched to the same English service text.

Written as people write on a phone: accents are optional (text is folded to ASCII before matching, so
"señal" and "senal" are one word), Latin American and Spanish variants side by side ("banqueta", "acera",
"vereda"; "carro", "coche", "auto").
"""

from __future__ import annotations

from nlp.lexicon import Weighted, weighted

TRIGGERS_ES: dict[str, Weighted] = {
    "pothole": weighted(
        "bache=1; baches=1; hoyo en la calle=1; hoyo en la carretera=1; hoyo=.65; hueco en la calle=1;"
        " hueco=.6; calle rota=.8; pavimento roto=.85; asfalto=.6; socavon=.85;"
        " calle en mal estado=.85"
    ),
    "streetlight": weighted(
        "farola=1; farolas=1; farol=.9; poste de luz=.95; luz de la calle=1; alumbrado=.9;"
        " alumbrado publico=1; lampara=.75; luz apagada=.9; luz fundida=.95; foco fundido=.9;"
        " no hay luz=.7"
    ),
    "traffic_signal": weighted("semaforo=1; semaforos=1; semaforo descompuesto=1; semaforo no funciona=1"),
    "graffiti": weighted("grafiti=1; graffiti=1; pintadas=.9; pintada=.85; rayones=.6; vandalismo=.55"),
    "fly_tipping": weighted(
        "tiraron basura=.9; basura tirada=.9; colchon=.85; sofa=.75; muebles=.65; escombros=.75;"
        " llantas tiradas=.9; tiradero=.95; vertedero ilegal=1; desechos=.6"
    ),
    "litter": weighted(
        "basura=.75; suciedad=.6; vidrios rotos=.75; latas=.4; botellas=.45; calle sucia=.85; jeringas=.8"
    ),
    "bins": weighted(
        "no recogieron la basura=1; no pasaron=.6; recoleccion=.8; contenedor=.75; bote de basura=.85;"
        " cubo de basura=.85; basurero=.75; camion de la basura=.8"
    ),
    "recycling": weighted("reciclaje=1; reciclables=.9; contenedor azul=.8"),
    "abandoned_vehicle": weighted(
        "carro abandonado=1; coche abandonado=1; auto abandonado=1; vehiculo abandonado=1;"
        " abandonado=.7; sin placas=.8; sin matricula=.8; no se ha movido=.7; placas vencidas=.8;"
        " llanta ponchada=.55; descompuesto=.5"
    ),
    "drain": weighted(
        "alcantarilla=.9; alcantarilla tapada=1; desague=.9; coladera=.9; inundacion=.85; inundada=.8;"
        " charco=.6; agua estancada=.85; sumidero=.9"
    ),
    "sewer": weighted("aguas negras=1; drenaje=.8; olor a drenaje=1; tapa de registro=.8; fosa septica=.8"),
    "water_leak": weighted(
        "fuga de agua=1; fuga=.75; tuberia rota=1; tubo roto=.9; hidrante=1; boca de incendios=1;"
        " sin agua=.8; presion de agua=.8"
    ),
    "sidewalk": weighted(
        "acera=.95; acera rota=1; banqueta=.95; banqueta rota=1; vereda=.9; vereda rota=1; baldosa=.8;"
        " baldosa suelta=1"
    ),
    "curb": weighted("bordillo=.95; guarnicion=.8"),
    "tree": weighted("arbol=.9; arbol caido=1; rama=.8; ramas=.8; rama caida=1; tronco=.7; raices=.6"),
    "vegetation": weighted(
        "hierba alta=1; pasto alto=1; maleza=.95; yerba=.7; cesped=.6; zacate=.8; arbustos=.6"
    ),
    "dead_animal": weighted(
        "animal muerto=1; perro muerto=1; gato muerto=1; venado muerto=1; cadaver de animal=1"
    ),
    "animals": weighted(
        "perro suelto=.9; perros sueltos=.9; perro callejero=1; perros callejeros=1; animal herido=.9"
    ),
    "pests": weighted("ratas=1; rata=.95; ratones=.9; plaga=.9; cucarachas=.9; mosquitos=.9; zancudos=.9"),
    "dog_fouling": weighted("caca de perro=1; excremento=.8; heces=.8; popo=.8"),
    "road_sign": weighted(
        "senal=.7; senales=.7; letrero=.75; senal de alto=1; senal de pare=1; alto tumbado=.8;"
        " senal caida=.95; senal rota=.9"
    ),
    "road_markings": weighted("lineas pintadas=.9; paso de cebra=.7; paso peatonal=.7; pintura borrada=.8"),
    "parking": weighted(
        "mal estacionado=1; estacionado=.5; estacionamiento=.6; aparcado=.5; bloqueando la entrada=.9"
    ),
    "lawn_parking": weighted(
        "estacionado en el cesped=.95; estacionado en el pasto=.95; estacionado en el jardin=.9;"
        " carros en el jardin=.8; estacionan en el pasto=.95"
    ),
    "fire_hazard": weighted(
        "quemando basura=.9; quema de basura=.9; fogata=.7; humo=.6; peligro de incendio=1; incendio=.6"
    ),
    "snow_ice": weighted("nieve=1; hielo=.9; resbaloso=.6; congelado=.6"),
    "noise": weighted("ruido=1; ruidoso=.9; musica alta=.9; fiesta=.5"),
    "street_furniture": weighted(
        "banca=.8; banco roto=.8; parada de autobus=.8; parada del camion=.8; barandal=.8"
    ),
    "parks": weighted("parque=.45; juegos infantiles=1; columpio=.8; columpios=.8; resbaladilla=.7"),
    "building": weighted(
        "casa abandonada=.95; edificio peligroso=1; edificio abandonado=.95; casa en ruinas=.9;"
        " ventanas rotas=.6; techo=.5; en mal estado=.5"
    ),
    "traffic_safety": weighted(
        "exceso de velocidad=1; van muy rapido=.8; tope=.8; topes=.8; reductor de velocidad=.9; accidente=.5"
    ),
    "homeless": weighted("personas sin hogar=1; indigentes=.9; campamento=.7"),
    "power_lines": weighted("cables caidos=1; cable caido=1; poste caido=.9; sin electricidad=.8; apagon=.9"),
}
