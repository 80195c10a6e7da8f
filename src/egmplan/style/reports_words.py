"""The reports of ``egmplan suggest`` and ``egmplan connections`` in French and Spanish,
laid out as :mod:`egmplan.style.en_reports` lays out the English ones (same lines, same
columns); ``style`` is the language module, whose ``LANGUAGE`` picks the phrases below.
Imported only by those commands.
"""

from __future__ import annotations

import textwrap

from egmplan.style.en_reports import WIDTH, clock

_PHRASES = {
    "fr": {
        "colon": " : ", "hour": ("heure", "heures"), "minute": ("minute", "minutes"),
        "sitting_day": ("jour de séance", "jours de séance"), "sitting": ("séance", "séances"),
        "head": "Heures de séance pour {id} : {venue} ({zone}), {dates}, {days}",
        "shape": ("{participants} participants ({delegates} délégués) ; {sittings} de {length} par jour, "
                  "pauses d’au moins {gap}, entre {start} et {end}"),
        "score": ("{patterns} combinaisons évaluées ; score = heures-délégué tôt ou tard + {weight} × "
                  "heures-délégué la nuit, sur tous les jours (le plus bas est le meilleur) ; les décomptes "
                  "retiennent la pire séance de chaque délégation"),
        "candidate": "{head}{label}   score {score}   travail {working}, tôt ou tard {early_late}, nuit {night}",
        "night": "La nuit", "early_late": "Tôt ou tard",
        "rank": "rang {rank} sur {patterns}", "below": "rang au-delà des {limit} meilleures sur {patterns}",
        "own_rank": "Les séances prévues pour la réunion : {place} :",
        "own_varies": "Les séances prévues pour la réunion changent d’un jour à l’autre : elles ne sont pas classées.",
        "own_other": ("Les séances prévues pour la réunion ({own}) ne sont pas classées : ce ne sont pas "
                      "{sittings} de {length} dans ces heures et avec ces pauses."),
        "connections": "Connexions de parole pour {id} : capacité {capacity}",
        "rule": ("Règle de l’organisation des travaux de 2020 : 2 par délégation membre et 1 par délégation "
                 "observatrice : 2 × {members} + 1 × {observers} = {base}"),
        "reduced": "{rule}, plus que {capacity} ; donc 1 pour chacune des {delegations} délégations = {total}.",
        "within": "{rule}, dans la limite de la capacité.",
        "extra": ("Le reliquat ({leftover}) permet une connexion de plus pour chacune des {delegations} "
                  "délégations : {member} par délégation membre et {observer} par délégation observatrice = {total}."),
        "panel": "Reliquat pour les intervenants : {leftover} ; {panellists} {verb} {given}",
        "panellist": ("intervenant", "intervenants"), "takes": ("prend", "prennent"),
        "unused": ", {unused} non utilisées.",
        "columns": ("Nom", "Rôle", "Délégués", "Parole", "Écoute"),
        "roles": {"member": "membre", "observer": "observateur", "panellist": "intervenant"},
        "total": "Total des connexions de parole (délégations membres et observatrices) : {total}",
        "left": "Reliquat pour les intervenants : {leftover}",
    },
    "es": {
        "colon": ": ", "hour": ("hora", "horas"), "minute": ("minuto", "minutos"),
        "sitting_day": ("día de sesiones", "días de sesiones"), "sitting": ("sesión", "sesiones"),
        "head": "Horarios de sesión para {id}: {venue} ({zone}), {dates}, {days}",
        "shape": ("{participants} participantes ({delegates} delegados); {sittings} de {length} al día, "
                  "pausas de al menos {gap}, entre las {start} y las {end}"),
        "score": ("{patterns} combinaciones evaluadas; puntuación = horas-delegado temprano o tarde + {weight} × "
                  "horas-delegado de noche, en todos los días (cuanto menor, mejor); los recuentos toman la peor "
                  "sesión de cada delegación"),
        "candidate": ("{head}{label}   puntuación {score}   trabajo {working}, temprano o tarde {early_late}, "
                      "noche {night}"),
        "night": "De noche", "early_late": "Temprano o tarde",
        "rank": "puesto {rank} de {patterns}", "below": "puesto más allá de las {limit} mejores de {patterns}",
        "own_rank": "Las sesiones previstas para la reunión: {place}:",
        "own_varies": "Las sesiones previstas para la reunión cambian de un día a otro, por lo que no se clasifican.",
        "own_other": ("Las sesiones previstas para la reunión ({own}) no se clasifican: no son {sittings} de "
                      "{length} dentro de estos horarios y pausas."),
        "connections": "Conexiones para intervenir en {id}: capacidad {capacity}",
        "rule": ("Regla de la organización de los trabajos de 2020: 2 por delegación miembro y 1 por delegación "
                 "observadora: 2 × {members} + 1 × {observers} = {base}"),
        "reduced": "{rule}, más de {capacity}; por tanto, 1 para cada una de las {delegations} delegaciones = {total}.",
        "within": "{rule}, dentro de la capacidad.",
        "extra": ("El remanente ({leftover}) permite una conexión más para cada una de las {delegations} "
                  "delegaciones: {member} por delegación miembro y {observer} por delegación observadora = {total}."),
        "panel": "Remanente para los panelistas: {leftover}; {panellists} {verb} {given}",
        "panellist": ("panelista", "panelistas"), "takes": ("recibe", "reciben"),
        "unused": ", {unused} sin usar.",
        "columns": ("Nombre", "Función", "Delegados", "Intervenir", "Escuchar"),
        "roles": {"member": "miembro", "observer": "observador", "panellist": "panelista"},
        "total": "Total de conexiones para intervenir (delegaciones miembros y observadoras): {total}",
        "left": "Remanente para los panelistas: {leftover}",
    },
}


def _counted(n: int, forms: tuple[str, str]) -> str:
    return f"{n} {forms[0] if n == 1 else forms[1]}"


def duration_words(minutes: int, words: dict) -> str:
    """``2 heures``, ``1 hora 30 minutos``, ``45 minutes``."""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(_counted(hours, words["hour"]))
    if rest or not hours:
        parts.append(_counted(rest, words["minute"]))
    return " ".join(parts)


def _names(label: str, people, colon: str) -> list[str]:
    if not people:
        return []
    text = f"{label} ({len(people)}){colon}" + ", ".join(p.name for p in people)
    return textwrap.wrap(text, WIDTH, initial_indent="    ", subsequent_indent="      ")


def _candidate_lines(w: dict, head: str, candidate) -> list[str]:
    counts = candidate.counts
    lines = [w["candidate"].format(head=head, label=candidate.label, score=f"{candidate.score:g}",
                                       working=counts["working"], early_late=counts["early_late"],
                                       night=counts["night"])]
    lines += _names(w["night"], candidate.night, w["colon"])
    lines += _names(w["early_late"], candidate.early_late, w["colon"])
    return lines


def suggestion_report(style, meeting, suggestion, *, count: int, length: int, gap: int,
                      between: tuple[int, int], night_weight: float, rank_limit: int) -> str:
    """The report of ``egmplan suggest`` (the lines of :func:`egmplan.style.en_reports.suggestion_report`)."""
    w = _PHRASES[style.LANGUAGE]
    lines = [
        w["head"].format(id=meeting.id, venue=meeting.venue, zone=meeting.timezone,
                         dates=style.format_date_range(meeting.start, meeting.end),
                         days=_counted(len(suggestion.dates), w["sitting_day"])),
        w["shape"].format(participants=suggestion.participants, delegates=suggestion.delegates,
                          sittings=_counted(count, w["sitting"]), length=duration_words(length, w),
                          gap=duration_words(gap, w), start=clock(between[0]), end=clock(between[1])),
        w["score"].format(patterns=suggestion.patterns, weight=f"{night_weight:g}"),
        "",
    ]
    for n, candidate in enumerate(suggestion.candidates, start=1):
        lines += _candidate_lines(w, f"{n:>2}. ", candidate)
    lines += [""] + _own_lines(w, suggestion, count, length, rank_limit)
    return "\n".join(lines) + "\n"


def _own_lines(w: dict, suggestion, count: int, length: int, rank_limit: int) -> list[str]:
    current = suggestion.current
    if current is not None:
        place = (w["rank"].format(rank=current.rank, patterns=suggestion.patterns) if current.rank is not None
                 else w["below"].format(limit=rank_limit, patterns=suggestion.patterns))
        return [w["own_rank"].format(place=place)] + _candidate_lines(w, "    ", current)
    if suggestion.own is None:
        return [w["own_varies"]]
    own = ", ".join(f"{clock(a)}–{clock(b)}" for a, b in suggestion.own)
    return [w["own_other"].format(own=own, sittings=_counted(count, w["sitting"]), length=duration_words(length, w))]


def connections_report(style, meeting, result) -> str:
    """The allocation, the rule as it applied, and a table of every delegation and panellist
    (the lines of :func:`egmplan.style.en_reports.connections_report`)."""
    w = _PHRASES[style.LANGUAGE]
    members = sum(1 for a in result.allocations if a.participant.role == "member")
    observers = sum(1 for a in result.allocations if a.participant.role == "observer")
    delegations = members + observers
    base = 2 * members + observers
    lines = [w["connections"].format(id=meeting.id, capacity=result.capacity)]
    rule = w["rule"].format(members=members, observers=observers, base=base)
    if result.reduced:
        lines.append(w["reduced"].format(rule=rule, capacity=result.capacity, delegations=delegations,
                                         total=result.total_speaking))
    else:
        lines.append(w["within"].format(rule=rule))
    if result.extra_round:
        lines.append(w["extra"].format(leftover=result.capacity - base, delegations=delegations,
                                       member=result.per_member, observer=result.per_observer,
                                       total=result.total_speaking))
    leftover = result.leftover_to_panellists
    given = leftover - result.unused
    panellists = result.panellists
    verb = w["takes"][0] if panellists == 1 else w["takes"][1]
    lines.append(w["panel"].format(leftover=leftover, panellists=_counted(panellists, w["panellist"]), verb=verb,
                                   given=given) + (w["unused"].format(unused=result.unused) if result.unused else "."))
    lines.append("")
    name, role, delegates, speaking, listening = w["columns"]
    roles = w["roles"]
    name_width = max([len(name)] + [len(a.participant.name) for a in result.allocations])
    role_width = max([len(role)] + [len(r) for r in roles.values()])
    header = (f"{name:<{name_width}}  {role:<{role_width}}  {delegates:>{len(delegates)}}  "
              f"{speaking:>{len(speaking)}}  {listening:>{len(listening)}}")
    lines += [header, "-" * len(header)]
    for a in result.allocations:
        p = a.participant
        lines.append(f"{p.name:<{name_width}}  {roles.get(p.role, p.role):<{role_width}}  "
                     f"{p.delegates:>{len(delegates)}}  {a.speaking:>{len(speaking)}}  {a.listening:>{len(listening)}}")
    lines += ["-" * len(header), w["total"].format(total=result.total_speaking), w["left"].format(leftover=leftover)]
    return "\n".join(lines) + "\n"
