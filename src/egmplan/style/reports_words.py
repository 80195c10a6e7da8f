"""The reports of ``egmplan suggest`` and ``egmplan connections`` in French, Spanish, Russian
and Chinese, laid out as :mod:`egmplan.style.en_reports` lays out the English ones (same
lines, same columns); ``style`` is the language's package, whose ``LANGUAGE`` picks the phrases
below. A counted noun has a form per CLDR plural category (Babel, imported inside
:func:`form`). Imported only by those commands.
"""

from __future__ import annotations

import textwrap

from egmplan.style.en_reports import WIDTH, clock
from egmplan.textwidth import display_width, ljust as _ljust

_PHRASES = {
    "fr": {
        # CLDR counts 0 as "one" in French ("0 intervenant prend 0"), as French grammar does.
        "colon": " : ",
        "hour": {"one": "{n} heure", "other": "{n} heures"},
        "minute": {"one": "{n} minute", "other": "{n} minutes"},
        "sitting_day": {"one": "{n} jour de séance", "other": "{n} jours de séance"},
        "sitting": {"one": "{n} séance", "other": "{n} séances"},
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
        "panellist": {"one": "{n} intervenant", "other": "{n} intervenants"},
        "takes": {"one": "prend", "other": "prennent"},
        "unused": ", {unused} non utilisées.",
        "columns": ("Nom", "Rôle", "Délégués", "Parole", "Écoute"),
        "roles": {"member": "membre", "observer": "observateur", "panellist": "intervenant"},
        "total": "Total des connexions de parole (délégations membres et observatrices) : {total}",
        "left": "Reliquat pour les intervenants : {leftover}",
    },
    "es": {
        "colon": ": ", "hour": {"one": "{n} hora", "other": "{n} horas"}, "minute": {"one": "{n} minuto", "other": "{n} minutos"},
        "sitting_day": {"one": "{n} día de sesiones", "other": "{n} días de sesiones"},
        "sitting": {"one": "{n} sesión", "other": "{n} sesiones"},
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
        "panellist": {"one": "{n} panelista", "other": "{n} panelistas"}, "takes": {"one": "recibe", "other": "reciben"},
        "unused": ", {unused} sin usar.",
        "columns": ("Nombre", "Función", "Delegados", "Intervenir", "Escuchar"),
        "roles": {"member": "miembro", "observer": "observador", "panellist": "panelista"},
        "total": "Total de conexiones para intervenir (delegaciones miembros y observadoras): {total}",
        "left": "Remanente para los panelistas: {leftover}",
    },
    # Russian: counted nouns in the form CLDR's category of the number asks for; where a number
    # would make a participle or a preposition agree with it, a neutral "noun: number" instead
    # ("делегаций: 193"), as ru.plan_summary does.
    "ru": {
        "colon": ": ", "decimal": ",",
        "hour": {"one": "{n} час", "few": "{n} часа", "many": "{n} часов", "other": "{n} часа"},
        "minute": {"one": "{n} минута", "few": "{n} минуты", "many": "{n} минут", "other": "{n} минуты"},
        "sitting_day": {"one": "{n} день заседаний", "few": "{n} дня заседаний", "many": "{n} дней заседаний",
                        "other": "{n} дня заседаний"},
        "sitting": {"one": "{n} заседание", "few": "{n} заседания", "many": "{n} заседаний", "other": "{n} заседания"},
        "participant": {"one": "{n} участник", "few": "{n} участника", "many": "{n} участников",
                        "other": "{n} участника"},
        "delegate": {"one": "{n} делегат", "few": "{n} делегата", "many": "{n} делегатов", "other": "{n} делегата"},
        "head": "Время заседаний для {id}: {venue} ({zone}), {dates}, {days}",
        "shape": ("{participants} ({delegates}); {sittings} в день продолжительностью {length}, "
                  "минимальный перерыв {gap}, в интервале с {start} до {end}"),
        "score": ("Оценено вариантов: {patterns}; оценка = часы делегатов рано утром или поздно вечером + "
                  "{weight} × часы делегатов ночью, по всем дням (чем меньше, тем лучше); в подсчетах для каждой "
                  "делегации учитывается самое неудобное для нее заседание"),
        "candidate": ("{head}{label}   оценка {score}   в рабочее время {working}, рано или поздно {early_late}, "
                      "ночью {night}"),
        "night": "Ночью", "early_late": "Рано утром или поздно вечером",
        "rank": "{rank}-е место из {patterns}", "below": "место ниже первых {limit} из {patterns}",
        "own_rank": "Запланированные заседания совещания занимают {place}:",
        "own_varies": "Запланированные заседания совещания меняются от дня ко дню, поэтому они не ранжируются.",
        "own_other": ("Запланированные заседания совещания ({own}) не ранжируются: это не {sittings} "
                      "продолжительностью {length} в этом интервале и с этими перерывами."),
        "connections": "Подключения для выступлений ({id}): емкость {capacity}",
        "rule": ("Правило организации работы 2020 года: 2 на каждую делегацию члена и 1 на каждую делегацию "
                 "наблюдателя: 2 × {members} + 1 × {observers} = {base}"),
        "reduced": ("{rule}, что больше {capacity}; поэтому по 1 на каждую делегацию (делегаций: {delegations}) "
                    "= {total}."),
        "within": "{rule}, в пределах емкости.",
        "extra": ("Остаток ({leftover}) позволяет добавить по одному подключению на каждую делегацию "
                  "(делегаций: {delegations}): {member} на делегацию члена и {observer} на делегацию "
                  "наблюдателя = {total}."),
        "panel": "Остаток для докладчиков: {leftover}; докладчиков: {count}, выделено им: {given}",
        "unused": ", не использовано: {unused}.",
        "columns": ("Участник", "Роль", "Делегаты", "Выступление", "Прослушивание"),
        "roles": {"member": "член", "observer": "наблюдатель", "panellist": "докладчик"},
        "total": "Всего подключений для выступлений (делегации членов и наблюдателей): {total}",
        "left": "Остаток для докладчиков: {leftover}",
    },
    # Chinese: one form for every number (CLDR "other"); figures stand next to the characters
    # without a space and running text takes full-width punctuation, as in style/zh/.
    "zh": {
        "colon": "：", "joiner": "", "stop": "。", "names": "{label}（{count}）：",
        "hour": {"other": "{n}小时"}, "minute": {"other": "{n}分钟"},
        "sitting_day": {"other": "{n}个会议日"}, "sitting": {"other": "{n}次会议"},
        "head": "{id}的会议时间：{venue}（{zone}），{dates}，{days}",
        "shape": ("{participants}个与会方（{delegates}名代表）；每天{sittings}，每次{length}，间隔至少{gap}，"
                  "在{start}至{end}之间"),
        "score": ("共评估{patterns}种组合；得分 = 早晚时段的代表小时数 + {weight} × 夜间的代表小时数，"
                  "按所有会议日合计（越低越好）；计数时按每个代表团最不便的一次会议计"),
        "candidate": "{head}{label}   得分{score}   工作时间{working}，早晚时段{early_late}，夜间{night}",
        "night": "夜间", "early_late": "早晚时段",
        "rank": "第{rank}位（共{patterns}种）", "below": "前{limit}位之后（共{patterns}种）",
        "own_rank": "本会议原定的会议时间排在{place}：",
        "own_varies": "本会议原定的会议时间每天不同，因此不予排名。",
        "own_other": "本会议原定的会议时间（{own}）不予排名：并非在上述时段内按上述间隔每天举行{sittings}、每次{length}。",
        "connections": "{id}的发言连接：容量{capacity}",
        "rule": ("2020年工作安排的规则为每个成员代表团2个、每个观察员代表团1个："
                 "2 × {members} + 1 × {observers} = {base}"),
        "reduced": "{rule}，超过{capacity}；因此{delegations}个代表团各1个 = {total}。",
        "within": "{rule}，未超过容量。",
        "extra": ("剩余的{leftover}个连接可为{delegations}个代表团各增加1个：每个成员代表团{member}个，"
                  "每个观察员代表团{observer}个 = {total}。"),
        "panel": "留给小组成员的剩余连接：{leftover}；{count}名小组成员获得{given}个",
        "unused": "，{unused}个未使用。",
        "columns": ("名称", "角色", "代表", "发言", "收听"),
        "roles": {"member": "成员", "observer": "观察员", "panellist": "小组成员"},
        "total": "发言连接总数（成员和观察员代表团）：{total}",
        "left": "留给小组成员的剩余连接：{leftover}",
    },
    # Arabic: six CLDR categories; one and two name the noun alone ("ساعة واحدة", "ساعتان"),
    # 3-10 take the plural, 11-99 the singular accusative ("11 يوماً"), 100 and up the singular
    # (as style/ar/grammar.py counts); Arabic comma and semicolon, Western digits.
    "ar": {
        "colon": ": ", "joiner": " و",
        "hour": {"zero": "{n} ساعات", "one": "ساعة واحدة", "two": "ساعتان", "few": "{n} ساعات",
                 "many": "{n} ساعة", "other": "{n} ساعة"},
        "minute": {"zero": "{n} دقائق", "one": "دقيقة واحدة", "two": "دقيقتان", "few": "{n} دقائق",
                   "many": "{n} دقيقة", "other": "{n} دقيقة"},
        "sitting_day": {"zero": "{n} أيام انعقاد", "one": "يوم انعقاد واحد", "two": "يوما انعقاد",
                        "few": "{n} أيام انعقاد", "many": "{n} يوم انعقاد", "other": "{n} يوم انعقاد"},
        "sitting": {"zero": "{n} جلسات", "one": "جلسة واحدة", "two": "جلستان", "few": "{n} جلسات",
                    "many": "{n} جلسة", "other": "{n} جلسة"},
        "participant": {"zero": "{n} مشاركين", "one": "مشارك واحد", "two": "مشاركان", "few": "{n} مشاركين",
                        "many": "{n} مشاركاً", "other": "{n} مشارك"},
        "delegate": {"zero": "{n} مندوبين", "one": "مندوب واحد", "two": "مندوبان", "few": "{n} مندوبين",
                     "many": "{n} مندوباً", "other": "{n} مندوب"},
        "head": "أوقات الجلسات لـ {id}: {venue} ({zone})، {dates}، {days}",
        "shape": ("{participants} ({delegates})؛ {sittings} في اليوم مدة كل منها {length}، وفترات استراحة "
                  "لا تقل عن {gap}، بين الساعة {start} والساعة {end}"),
        "score": ("عدد الأنماط المقيمة: {patterns}؛ الدرجة = ساعات المندوبين في وقت مبكر أو متأخر + {weight} × "
                  "ساعات المندوبين ليلاً، على مدى جميع الأيام (الأدنى هو الأفضل)؛ ويحتسب لكل وفد أسوأ جلساته"),
        "candidate": ("{head}{label}   الدرجة {score}   ساعات العمل {working}، في وقت مبكر أو متأخر {early_late}، "
                      "ليلاً {night}"),
        "night": "ليلاً", "early_late": "في وقت مبكر أو متأخر",
        "rank": "في المرتبة {rank} من أصل {patterns}", "below": "في مرتبة بعد أفضل {limit} من أصل {patterns}",
        "own_rank": "جلسات الاجتماع المقررة {place}:",
        "own_varies": "تختلف جلسات الاجتماع المقررة من يوم إلى آخر، ولذلك لا ترتب.",
        "own_other": ("جلسات الاجتماع المقررة ({own}) غير مرتبة: فهي ليست {sittings} مدة كل منها {length} "
                      "ضمن هذه الساعات وفترات الاستراحة."),
        "connections": "وصلات التحدث لـ {id}: السعة {capacity}",
        "rule": ("قاعدة تنظيم الأعمال لعام 2020: 2 لكل وفد عضو و1 لكل وفد مراقب: "
                 "2 × {members} + 1 × {observers} = {base}"),
        "reduced": "{rule}، وهو أكثر من {capacity}؛ ولذلك 1 لكل وفد (عدد الوفود: {delegations}) = {total}.",
        "within": "{rule}، في حدود السعة.",
        "extra": ("يتيح الباقي ({leftover}) وصلة إضافية لكل وفد (عدد الوفود: {delegations}): {member} لكل وفد "
                  "عضو و{observer} لكل وفد مراقب = {total}."),
        "panel": "الباقي لأعضاء حلقات النقاش: {leftover}؛ عدد أعضاء حلقات النقاش: {count}، المخصص لهم: {given}",
        "unused": "، غير المستخدم: {unused}.",
        "columns": ("الاسم", "الصفة", "المندوبون", "التحدث", "الاستماع"),
        "roles": {"member": "عضو", "observer": "مراقب", "panellist": "عضو حلقة نقاش"},
        "total": "مجموع وصلات التحدث (الوفود الأعضاء والمراقبة): {total}",
        "left": "الباقي لأعضاء حلقات النقاش: {leftover}",
    },
}


def form(language: str, n: int, forms: dict[str, str]) -> str:
    """The form of ``forms`` for ``n``: an exact ``"=n"`` entry (as ICU MessageFormat allows)
    first, then CLDR's plural category of ``n`` in ``language`` (``one``, ``few``, ``many``, ...),
    then ``other``."""
    exact = forms.get(f"={n}")
    if exact is not None:
        return exact
    from egmplan.style.cldr import plural_category

    return forms.get(plural_category(language, n), forms["other"])


def counted(language: str, n: int, forms: dict[str, str]) -> str:
    """``3 jours de séance``, ``21 час``, ``3个会议日``: the form for ``n`` with ``n`` in it."""
    return form(language, n, forms).format(n=n)


def duration_words(minutes: int, words: dict, language: str) -> str:
    """``2 heures``, ``1 hora 30 minutos``, ``1 час 30 минут``, ``1小时30分钟``."""
    hours, rest = divmod(minutes, 60)
    parts = []
    if hours:
        parts.append(counted(language, hours, words["hour"]))
    if rest or not hours:
        parts.append(counted(language, rest, words["minute"]))
    return words.get("joiner", " ").join(parts)




def _rjust(text: str, width: int) -> str:
    return " " * (width - display_width(text)) + text


def _names(w: dict, label: str, people) -> list[str]:
    if not people:
        return []
    head = w.get("names", "{label} ({count}){colon}").format(label=label, count=len(people), colon=w["colon"])
    text = head + ", ".join(p.name for p in people)
    # textwrap counts characters: leave room for the extra column of each wide one in the label.
    room = WIDTH - (display_width(head) - len(head))
    return textwrap.wrap(text, room, initial_indent="    ", subsequent_indent="      ")


def _decimal(w: dict, x: float) -> str:
    """``811.5``; ``811,5`` where the language writes a decimal comma."""
    return f"{x:g}".replace(".", w.get("decimal", "."))


def _candidate_lines(w: dict, head: str, candidate) -> list[str]:
    counts = candidate.counts
    lines = [w["candidate"].format(head=head, label=candidate.label, score=_decimal(w, candidate.score),
                                       working=counts["working"], early_late=counts["early_late"],
                                       night=counts["night"])]
    lines += _names(w, w["night"], candidate.night)
    lines += _names(w, w["early_late"], candidate.early_late)
    return lines


def suggestion_report(style, meeting, suggestion, *, count: int, length: int, gap: int,
                      between: tuple[int, int], night_weight: float, rank_limit: int) -> str:
    """The report of ``egmplan suggest`` (the lines of :func:`egmplan.style.en_reports.suggestion_report`)."""
    language = style.LANGUAGE
    w = _PHRASES[language]
    # Languages whose nouns agree with the number count participants and delegates too.
    participants, delegates = suggestion.participants, suggestion.delegates
    if "participant" in w:
        participants = counted(language, participants, w["participant"])
        delegates = counted(language, delegates, w["delegate"])
    lines = [
        w["head"].format(id=meeting.id, venue=meeting.venue, zone=meeting.timezone,
                         dates=style.format_date_range(meeting.start, meeting.end),
                         days=counted(language, len(suggestion.dates), w["sitting_day"])),
        w["shape"].format(participants=participants, delegates=delegates,
                          sittings=counted(language, count, w["sitting"]), length=duration_words(length, w, language),
                          gap=duration_words(gap, w, language), start=clock(between[0]), end=clock(between[1])),
        w["score"].format(patterns=suggestion.patterns, weight=_decimal(w, night_weight)),
        "",
    ]
    for n, candidate in enumerate(suggestion.candidates, start=1):
        lines += _candidate_lines(w, f"{n:>2}. ", candidate)
    lines += [""] + _own_lines(w, language, suggestion, count, length, rank_limit)
    return "\n".join(lines) + "\n"


def _own_lines(w: dict, language: str, suggestion, count: int, length: int, rank_limit: int) -> list[str]:
    current = suggestion.current
    if current is not None:
        place = (w["rank"].format(rank=current.rank, patterns=suggestion.patterns) if current.rank is not None
                 else w["below"].format(limit=rank_limit, patterns=suggestion.patterns))
        return [w["own_rank"].format(place=place)] + _candidate_lines(w, "    ", current)
    if suggestion.own is None:
        return [w["own_varies"]]
    own = ", ".join(f"{clock(a)}–{clock(b)}" for a, b in suggestion.own)
    return [w["own_other"].format(own=own, sittings=counted(language, count, w["sitting"]),
                                  length=duration_words(length, w, language))]


def connections_report(style, meeting, result) -> str:
    """The allocation, the rule as it applied, and a table of every delegation and panellist
    (the lines of :func:`egmplan.style.en_reports.connections_report`)."""
    language = style.LANGUAGE
    w = _PHRASES[language]
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
    if "panellist" in w:
        panel = w["panel"].format(leftover=leftover, panellists=counted(language, panellists, w["panellist"]),
                                  verb=form(language, panellists, w["takes"]), given=given)
    else:  # "докладчиков: 3": no verb to agree with the number
        panel = w["panel"].format(leftover=leftover, count=panellists, given=given)
    stop = w.get("stop", ".")
    lines.append(panel + (w["unused"].format(unused=result.unused) if result.unused else stop))
    lines.append("")
    name, role, delegates, speaking, listening = w["columns"]
    roles = w["roles"]
    name_width = max([display_width(name)] + [display_width(a.participant.name) for a in result.allocations])
    role_width = max([display_width(role)] + [display_width(r) for r in roles.values()])
    widths = [display_width(c) for c in (delegates, speaking, listening)]
    header = (f"{_ljust(name, name_width)}  {_ljust(role, role_width)}  {delegates}  {speaking}  {listening}")
    rule_line = "-" * display_width(header)
    lines += [header, rule_line]
    for a in result.allocations:
        p = a.participant
        lines.append(f"{_ljust(p.name, name_width)}  {_ljust(roles.get(p.role, p.role), role_width)}  "
                     f"{_rjust(str(p.delegates), widths[0])}  {_rjust(str(a.speaking), widths[1])}  "
                     f"{_rjust(str(a.listening), widths[2])}")
    lines += [rule_line, w["total"].format(total=result.total_speaking), w["left"].format(leftover=leftover)]
    return "\n".join(lines) + "\n"
