package knowledge

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
)

// quotes answers "what did X say": X's quotations, verbatim, best matching
// first when the question narrows them.
func (l *Lookup) quotes(q *query) (Answer, bool) {
	var qs []Quote
	speaker := ""
	sp := l.speakerOf(q)
	switch {
	case sp >= 0:
		speaker = l.a.Entities[sp].Name
	case sp == -2, sp == -3:
		return Answer{}, false // someone the article does not name speaks
	}
	for _, x := range l.a.Quotes {
		if speaker == "" || x.Speaker == speaker {
			qs = append(qs, x)
		}
	}
	if len(qs) == 0 {
		return Answer{}, false
	}
	// Narrow by the question's other terms when some quotations match them.
	type rated struct {
		q Quote
		s float64
	}
	var rs []rated
	anyMatch := false
	for _, x := range qs {
		s := 0.0
		ctx := l.ix.quoteTerms[x.Text]
		for _, t := range q.terms {
			if !t.generic && ctx[t.t] {
				s += l.ix.idf[t.t]
			}
		}
		if s > 0 {
			anyMatch = true
		}
		rs = append(rs, rated{x, s})
	}
	if speaker == "" && l.substantive(q) > 0 && q.wh == "who" {
		return Answer{}, false // "who said the ambassadors …": find the sentence
	}
	if anyMatch && speaker == "" {
		var kept []rated
		for _, r := range rs {
			if r.s > 0 {
				kept = append(kept, r)
			}
		}
		rs = kept
	}
	sort.SliceStable(rs, func(a, b int) bool { return rs[a].s > rs[b].s })
	if len(rs) > 4 {
		rs = rs[:4]
	}
	// One quotation is one line; several are a list, a line each, under
	// a line saying whose they are.
	var b strings.Builder
	var cites []Citation
	same := true
	for _, r := range rs {
		same = same && r.q.Speaker == rs[0].q.Speaker && r.q.Speaker != ""
	}
	switch {
	case len(rs) == 1:
	case same:
		fmt.Fprintf(&b, "%s is quoted %s:", rs[0].q.Speaker, times(len(rs)))
	case len(rs) == len(l.a.Quotes):
		fmt.Fprintf(&b, "The article quotes %d passages:", len(rs))
	default:
		fmt.Fprintf(&b, "%d quotations match:", len(rs))
	}
	for _, r := range rs {
		who := r.q.Speaker
		if who == "" {
			who = "The article"
		}
		n := r.q.Citations[0].Paragraph
		text := strings.TrimRight(r.q.Text, " ")
		switch {
		case len(rs) == 1:
			fmt.Fprintf(&b, "%s (¶%d): \"%s\"", who, n, text)
		case same:
			fmt.Fprintf(&b, "\n• ¶%d: \"%s\"", n, text)
		default:
			fmt.Fprintf(&b, "\n• %s (¶%d): \"%s\"", who, n, text)
		}
		cites = append(cites, r.q.Citations...)
	}
	return Answer{Text: b.String(), Found: true, Citations: cites}, true
}

// speakerOf finds whom a quotation question asks about: the subject
// between the auxiliary and the verb ("what did Sessions' spokeswoman
// say"), which may be a role ("the Russian ambassador"). It returns -1 for
// no subject, -2 for a subject that is no person in the article and -3
// for a role whose holder the article names only under another qualifier
// ("the German ambassador" when it names only the Russian one).
func (l *Lookup) speakerOf(q *query) int {
	v, aux := -1, -1
	for i, w := range q.words {
		if quoteWords[w] {
			v = i
			break
		}
		if auxiliaries[w] {
			aux = i
		}
	}
	if v < 0 || aux < 0 || aux+1 >= v {
		for _, e := range q.ents {
			if l.a.Entities[e].Kind == Person {
				return e
			}
		}
		return -1
	}
	span := q.words[aux+1 : v]
	if len(span) == 1 && backPronouns[span[0]] {
		for _, e := range q.ents {
			if l.a.Entities[e].Kind == Person {
				return e
			}
		}
	}
	toks := tokenize(strings.Join(span, " "))
	ms := l.ix.aliases.match(toks, false)
	if len(ms) == 0 && len(span) <= 2 {
		// A misspelt name ("what did sesions say").
		for _, w := range span {
			if e := l.fuzzyEntity(strings.ToLower(bare(w))); e >= 0 && len(w) >= 5 && has(q.ents, e) && l.a.Entities[e].Kind == Person {
				return e
			}
		}
	}
	var titles []string
	for _, w := range span {
		if isTitleToken(w) {
			titles = append(titles, fold(stem(tokKey(w))))
		}
	}
	if len(titles) > 0 {
		if e := l.roleHolder(titles, ms); e >= 0 {
			if !l.qualified(e, l.qualifiers(q)) {
				return -3 // "the German ambassador" is not the Russian one
			}
			return e
		}
	}
	for _, m := range ms {
		if l.a.Entities[m.ent].Kind != Person {
			continue
		}
		// "the Trump administration member": a name modifying another
		// noun is not the speaker; "Sessions' exact words" are his.
		last := toks[m.j-1].s
		if m.j < len(toks) && !stopwords[tokKey(toks[m.j].s)] && bare(last) == last {
			return -2
		}
		return m.ent
	}
	return -2
}

// roleHolder returns the person whose role holds every title word and,
// when possessors are named ("Sessions' spokeswoman"), names one of them;
// -1 when none does.
func (l *Lookup) roleHolder(titles []string, possessors []mention) int {
	for i, e := range l.a.Entities {
		if e.Kind != Person || e.Role == "" {
			continue
		}
		rt := l.ix.roleTerms[i]
		ok := true
		for _, t := range titles {
			if !rt[t] {
				ok = false
			}
		}
		for _, m := range possessors {
			named := false
			for _, n := range append([]string{l.a.Entities[m.ent].Name}, l.a.Entities[m.ent].Aliases...) {
				if strings.Contains(e.Role, bare(n)) {
					named = true
				}
			}
			if !named {
				ok = false
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// eventsAt answers "what happened in December": the events the question's
// month or relative time selects.
func (l *Lookup) eventsAt(q *query) (Answer, bool) {
	var picked []Event
	for _, e := range l.a.Events {
		if e.Undated {
			continue
		}
		w := strings.ToLower(e.When)
		ok := false
		for _, m := range q.months {
			for _, f := range strings.FieldsFunc(w, func(r rune) bool { return r == ' ' || r == '.' || r == ',' }) {
				if monthNames[f] == m {
					ok = true
				}
			}
			if len(e.Date) >= 7 && e.Date[5:7] == fmt.Sprintf("%02d", m) {
				ok = true
			}
		}
		for _, r := range q.rels {
			if strings.Contains(w, r) {
				ok = true
			}
		}
		if ok {
			picked = append(picked, e)
		}
	}
	if len(picked) == 0 {
		return Answer{}, false
	}
	if l.substantive(q) > 0 || len(q.ents) > 0 {
		// Narrow to the events about the question's subject, if any are.
		var narrowed []Event
		for _, e := range picked {
			if l.eventScore(e, q) > 0 {
				narrowed = append(narrowed, e)
			}
		}
		if len(narrowed) > 0 {
			picked = narrowed
		}
	}
	return l.eventAnswer(picked), true
}

// eventAnswer lists events, each with its time as written and its clause.
func (l *Lookup) eventAnswer(evs []Event) Answer {
	var b strings.Builder
	var cites []Citation
	for i, e := range evs {
		if i > 0 {
			b.WriteString(" ")
		}
		line := eventLine(e)
		if e.Date != "" {
			line = upperFirst(e.When) + " (" + e.Date + "): " + eventText(e)
		}
		fmt.Fprintf(&b, "%s (¶%d).", line, e.Citations[0].Paragraph)
		for _, c := range e.Citations {
			if !containsCitation(cites, c) {
				cites = append(cites, c)
			}
		}
	}
	return Answer{Text: b.String(), Found: true, Citations: cites}
}

// containsCitation reports whether cs holds c.
func containsCitation(cs []Citation, c Citation) bool {
	for _, x := range cs {
		if x == c {
			return true
		}
	}
	return false
}

// eventScore rates an event for a question by its sentence.
func (l *Lookup) eventScore(e Event, q *query) float64 {
	c := e.Citations[0]
	for i := range l.ix.sents {
		si := &l.ix.sents[i]
		if si.n != c.Paragraph || si.text != c.Text {
			continue
		}
		s, m := l.score(si, q)
		if l.substantive(q) > 0 && m == 0 {
			return 0
		}
		// The event's own clause counts most: the sentence may date one
		// thing and mention another ("came under attack in recent days
		// after it was revealed that he had met …"). An undated occasion
		// is about itself: naming it names the event.
		s *= 0.5
		ct := l.ix.eventTerms[e.Text]
		for k, t := range q.terms {
			if t.generic || !ct[t.t] || dupTerm(q.terms[:k], t.t) {
				continue
			}
			s += l.ix.idf[t.t]
			if e.Undated {
				s++
			}
		}
		for _, qe := range q.ents {
			if has(l.ix.eventEnts[e.Text], qe) {
				s += 1 + l.ix.entIDF[qe]
			}
		}
		for _, qe := range q.desc {
			if has(l.ix.eventEnts[e.Text], qe) {
				s += 0.5 * (1 + l.ix.entIDF[qe])
			}
		}
		return s
	}
	return 0
}

// when answers "when did …": the best-matching dated event.
func (l *Lookup) when(q *query) Answer {
	best, bs := -1, 0.0
	for i, e := range l.a.Events {
		if s := l.eventScore(e, q); s > bs {
			best, bs = i, s
		}
	}
	if best < 0 {
		return l.notSaid(q, "it gives no date for that")
	}
	e := l.a.Events[best]
	if e.Undated {
		a := l.notSaid(q, "it gives no date for that")
		a.Text = "The article doesn't say when: it gives no date for that. It mentions: " + e.Text + "."
		a.Citations = e.Citations
		return a
	}
	return l.eventAnswer([]Event{e})
}

// byRole answers "who is the spokeswoman for Sessions": the person whose
// role holds the question's title words.
func (l *Lookup) byRole(q *query) (Answer, bool) {
	// "who is the …" (or "what is the name of the …") asks for a role
	// holder; so does a question all of whose words are in someone's role
	// ("who managed Hillary Clinton's campaign"); "who met …" does not.
	be := false
	for i, w := range q.words {
		if w == q.wh && i+1 < len(q.words) {
			switch q.words[i+1] {
			case "is", "was", "are", "were", "s", "'s":
				be = q.wh != "what" || slices.Contains(q.words, "name")
			}
		}
	}
	if q.wh == "" {
		be = true // "Sessions' spokeswoman?"
	}
	// "Which ambassador is from Russia?", "which senator was the chairman"
	for i, w := range q.words {
		if w == "which" && i+2 < len(q.words) && titleWords[tokKey(q.words[i+1])] {
			switch q.words[i+2] {
			case "is", "was":
				be = true
			}
		}
	}
	var titles []string
	for _, t := range q.terms {
		if titleWords[t.t] || titleWords[strings.ToLower(t.word)] {
			titles = append(titles, t.t)
		}
	}
	if len(titles) == 0 {
		return Answer{}, false
	}
	quals := l.qualifiers(q)
	best, bs, near := -1, 0.0, -1
	for i, e := range l.a.Entities {
		if e.Kind != Person || e.Role == "" && e.Title == "" || has(q.ents, i) {
			continue
		}
		rt := l.ix.roleTerms[i]
		ok := true
		for _, t := range q.terms {
			if !t.generic && !rt[t.t] && !qualTerm(quals, t.t) {
				ok = false // every word of the question's role must be in it
			}
		}
		// A place the question names must be the role's own ("president
		// of Russia"), or written next to the name ("McCain, R-Ariz.").
		for _, qe := range q.ents {
			if l.a.Entities[qe].Kind == Place && !l.placeOf(i, qe) {
				ok = false
			}
		}
		// "the Russian president", "Trump's spokeswoman": the article
		// must tie the qualifier to this holder.
		if ok && !l.qualified(i, quals) {
			if near < 0 {
				near = i
			}
			continue
		}
		if !ok {
			continue
		}
		s := 1.0
		for _, t := range q.terms {
			if rt[t.t] {
				s += l.ix.idf[t.t]
			}
		}
		for _, qe := range q.ents {
			for _, n := range append([]string{l.a.Entities[qe].Name}, l.a.Entities[qe].Aliases...) {
				if strings.Contains(e.Role, bare(n)) {
					s += 2
					break
				}
			}
		}
		if s > bs {
			best, bs = i, s
		}
	}
	if best < 0 {
		if be && l.namesPlace(q) {
			return l.notSaid(q, "it names no one in that role"), true
		}
		if be && len(quals) > 0 && !l.passingQualified(q, quals) {
			if near >= 0 {
				return l.qualRefusal(q, quals), true
			}
			return l.notSaid(q, "it names no one in that role"), true
		}
		return Answer{}, false
	}
	if !be && !slices.Contains(q.words, "who") {
		return Answer{}, false
	}
	return l.describe(best, false), true
}

// namesPlace reports whether the question names a place.
func (l *Lookup) namesPlace(q *query) bool {
	for _, e := range q.ents {
		if l.a.Entities[e].Kind == Place {
			return true
		}
	}
	return false
}

// placeOf reports whether place belongs to person e's role: named in the
// role or title (or by its demonym, "Russian"), or written right next to
// the person's name ("John McCain, R-Ariz.").
func (l *Lookup) placeOf(e, place int) bool {
	rt := l.ix.roleTerms[e]
	pl := l.a.Entities[place]
	for _, n := range append([]string{pl.Name}, pl.Aliases...) {
		for _, t := range tokenize(n) {
			for _, x := range terms(t.s, nil) {
				if rt[x] {
					return true
				}
			}
		}
	}
	for _, ms := range l.ix.d.mentions {
		for _, m := range ms {
			if m.ent != e {
				continue
			}
			for _, o := range ms {
				if o.ent == place && o.sent == m.sent && (abs(o.i-m.j) <= 1 || abs(m.i-o.j) <= 1) {
					return true
				}
			}
		}
	}
	return false
}

// describe answers "who is X" (and a bare name): X's role, with the
// sentence that gives it, or else what the article ties X to ("Hillary
// Clinton's campaign manager, John Podesta"); for a bare name also the
// dated events X takes part in. No sentence is shown twice, and an event
// whose clause is nearly its whole sentence is not repeated beside it.
func (l *Lookup) describe(e int, full bool) Answer {
	ent := l.a.Entities[e]
	var b strings.Builder
	var cites []Citation
	shown := map[string]bool{} // sentences already in the answer or cited
	addCite := func(c Citation) {
		if !containsCitation(cites, c) {
			cites = append(cites, c)
		}
		shown[c.Text] = true
	}
	described := ent.Role != ""
	if described {
		b.WriteString(l.roleSentence(e))
		if c, ok := l.roleCitation(e); ok {
			for _, x := range c {
				addCite(x)
			}
			fmt.Fprintf(&b, " (¶%d)", c[0].Paragraph)
		}
		b.WriteString(".")
		if line, si := l.tagLine(e); si != nil {
			fmt.Fprintf(&b, " %s (¶%d).", line, si.n)
			addCite(cite(si.n, si.text))
		}
	} else if rs := l.relations(e, 3); len(rs) > 0 {
		described = true
		b.WriteString(relationLine(ent, rs))
		for _, r := range rs {
			addCite(cite(r.si.n, r.si.text))
		}
	} else {
		for i := range l.ix.sents {
			si := &l.ix.sents[i]
			if has(si.ents, e) {
				if ent.Kind == Person {
					fmt.Fprintf(&b, "The article gives no title for %s: ", ent.Name)
				}
				fmt.Fprintf(&b, "%s (¶%d)", si.text, si.n)
				addCite(cite(si.n, si.text))
				break
			}
		}
	}
	if full && len(l.ix.roles[e]) > 0 {
		// Roles given in passing ("while still US Senator").
		b.WriteString(" The article also describes " + surnameOf(ent.Name) + " ")
		for i, n := range l.ix.roles[e][:min(2, len(l.ix.roles[e]))] {
			if i > 0 {
				b.WriteString("; ")
			}
			fmt.Fprintf(&b, "%s (¶%d)", lowerFirst(n.text), n.si.n)
			addCite(cite(n.si.n, n.si.text))
		}
		b.WriteString(".")
	}
	if ent.Kind == Person && (full || !described) {
		n := 0
		for _, ev := range l.a.Events {
			if ev.Undated || !l.eventNames(ev, e) {
				continue
			}
			c := ev.Citations[0]
			if shown[c.Text] && 10*len(eventText(ev)) >= 7*len(c.Text) {
				continue // the clause is nearly the sentence already shown
			}
			fmt.Fprintf(&b, " %s (¶%d).", eventLine(ev), c.Paragraph)
			for _, c := range ev.Citations {
				addCite(c)
			}
			n++
			if n == 2 {
				break
			}
		}
	}
	if ent.Kind == Person {
		if qs := l.a.QuotesBy(ent.Name); len(qs) > 0 {
			var ps []int
			for _, x := range qs {
				ps = append(ps, x.Citations[0].Paragraph)
			}
			fmt.Fprintf(&b, " The article quotes %s %s (%s).", surnameOf(ent.Name), times(len(qs)), paraList(ps))
		}
	}
	if b.Len() == 0 {
		return Answer{Text: "The article names " + ent.Name + " but doesn't say more.", Found: false}
	}
	return Answer{Text: strings.TrimSpace(b.String()), Found: true, Citations: cites}
}

// eventNames reports whether an event's clause names entity e.
func (l *Lookup) eventNames(ev Event, e int) bool {
	return has(l.ix.eventEnts[ev.Text], e)
}

// roleSentence states an entity's role: "Sergey Kislyak is the Russian
// ambassador to the U.S." A role that names a body by its common noun
// ("the committee's chairman") gets the body's name added.
func (l *Lookup) roleSentence(e int) string {
	ent := l.a.Entities[e]
	role := ent.Role
	lr := strings.ToLower(role)
	first := strings.Fields(lr)[0]
	switch first {
	case "the", "a", "an", "his", "her", "their", "its":
		role = first + role[len(first):] // "The council's …" mid-sentence
	}
	var s string
	if w, ok := honorificWords[tokKey(role)]; ok && !strings.Contains(role, " ") {
		return ent.Name + " is a " + w + " (" + role + ")"
	}
	switch {
	case strings.HasPrefix(lr, "then-"):
		s = ent.Name + " was then " + role[len("then-"):]
	case first == "the" || first == "a" || first == "an" || first == "his" || first == "her" || first == "their" || possessive(role):
		s = ent.Name + " is " + role
	default:
		s = ent.Name + " is the " + role
	}
	// "the committee" → the Armed Services Committee, named nearby: "the
	// committee's chairman" is the chairman of the Armed Services
	// Committee.
	if o := l.roleBody(e); o >= 0 {
		org := l.a.Entities[o].Name
		f := strings.Fields(role)
		if len(f) >= 2 && (first == "the" || first == "a" || first == "an") && possessive(f[1]) && len(f) <= 4 {
			title := strings.Join(f[2:], " ")
			if title != "" {
				return ent.Name + " is the " + title + " of the " + org
			}
		}
		s += " (the " + org + ")"
	}
	return s
}

// roleBody returns the organisation that a role names by its common noun
// ("the committee's chairman" → the Armed Services Committee, named
// before), or -1.
func (l *Lookup) roleBody(e int) int {
	ent := l.a.Entities[e]
	for _, w := range strings.Fields(strings.ToLower(ent.Role)) {
		w = strings.TrimSuffix(bare(w), ".")
		if !orgHeads[w] {
			continue
		}
		for i, o := range l.a.Entities {
			if i == e || o.Kind != Organisation {
				continue
			}
			f := strings.Fields(strings.ToLower(o.Name))
			if f[len(f)-1] == w && len(o.Paragraphs) > 0 && len(ent.Paragraphs) > 0 && o.Paragraphs[0] <= ent.Paragraphs[0] {
				return i
			}
		}
	}
	return -1
}

// roleCitation cites the sentence that gives an entity's role, and the one
// naming the entity when they differ.
func (l *Lookup) roleCitation(e int) ([]Citation, bool) {
	ent := l.a.Entities[e]
	var withRole *sentInfo
	for i := range l.ix.sents {
		si := &l.ix.sents[i]
		if !strings.Contains(si.text, ent.Role) {
			continue
		}
		if has(si.ents, e) {
			return []Citation{cite(si.n, si.text)}, true
		}
		if withRole == nil {
			withRole = si
		}
	}
	// The sentence naming the entity with the role's title word comes
	// first: it shows the reader the person by name; the sentence that
	// gives the role only by description ("the Russian ambassador") follows.
	var out []Citation
	f := strings.Fields(ent.Role)
	head := strings.ToLower(f[len(f)-1])
	if len(f) > 1 && strings.Contains(ent.Role, " to ") {
		head = strings.ToLower(f[1])
	}
	for i := range l.ix.sents {
		si := &l.ix.sents[i]
		if has(si.ents, e) && strings.Contains(strings.ToLower(si.text), head) {
			out = append(out, cite(si.n, si.text))
			break
		}
	}
	if withRole != nil && (len(out) == 0 || out[0].Text != withRole.text) {
		out = append(out, cite(withRole.n, withRole.text))
	}
	return out, len(out) > 0
}

// where answers with the best sentence that names a place (or "in/at"
// a capitalised name); the article doesn't say where otherwise.
func (l *Lookup) where(q *query) Answer {
	placed := func(si *sentInfo) bool { // "in Moscow", "at the White House"
		p := &l.ix.d.paras[si.k]
		for ti := si.t0; ti+1 < si.t1; ti++ {
			w := strings.ToLower(p.toks[ti].s)
			if w != "in" && w != "at" {
				continue
			}
			n := ti + 1
			if strings.ToLower(p.toks[n].s) == "the" && n+1 < si.t1 {
				n++
			}
			if isCapitalised(p.toks[n].s) && monthNames[tokKey(p.toks[n].s)] == 0 {
				if e := mentionAt(l.ix.d.mentions[si.k], n); e >= 0 && l.a.Entities[e].Kind == Person {
					continue // "in Sessions' capacity" is no place
				}
				return true
			}
		}
		return false
	}
	idx, _, mt := l.ranked(q, placed)
	if len(idx) == 0 || !l.enough(q, &l.ix.sents[idx[0]], mt[0]) {
		return l.notSaid(q, "it doesn't say where")
	}
	si := &l.ix.sents[idx[0]]
	return Answer{Text: fmt.Sprintf("%s (¶%d)", si.text, si.n), Found: true, Citations: []Citation{cite(si.n, si.text)}}
}

// howMany answers with the number in the best sentence that has one.
func (l *Lookup) howMany(q *query) (Answer, bool) {
	frequency := func(si *sentInfo) bool { // "twice", "25 times"
		for _, ni := range si.numbers {
			toks := l.ix.d.paras[si.k].toks
			w := strings.ToLower(toks[ni].s)
			if frequencyWords[w] || ni+1 < len(toks) && strings.ToLower(toks[ni+1].s) == "times" {
				return true
			}
		}
		return false
	}
	keep := func(si *sentInfo) bool { return len(si.numbers) > 0 }
	for _, w := range q.words {
		if w == "times" || w == "often" {
			if idx, _, _ := l.ranked(q, frequency); len(idx) > 0 {
				keep = frequency
			}
		}
	}
	// What the question counts: the words just after "how many".
	counted := map[string]bool{}
	for i, w := range q.words {
		if w == "many" && i > 0 && q.words[i-1] == "how" {
			var ws []string
			for _, x := range q.words[i+1:] {
				if len(ws) == 2 || auxiliaries[x] {
					break
				}
				if !genericWords[x] {
					ws = append(ws, x)
				}
			}
			for k, x := range ws {
				if bare(x) != x && k+1 < len(ws) {
					continue // "how many ambassadors' conversations" counts conversations
				}
				for _, t := range terms(x, nil) {
					if t != stem("times") && !auxiliaries[x] {
						counted[t] = true
					}
				}
			}
		}
	}
	want := map[string]bool{}
	for _, t := range q.terms {
		want[t.t] = true
	}
	// "How many countries' ambassadors": a list of them is counted.
	if len(counted) > 0 {
		li, _, lm := l.ranked(q, func(si *sentInfo) bool { return len(si.lists) > 0 })
		for r, i := range li {
			si := &l.ix.sents[i]
			if r > 2 || !l.enough(q, si, lm[r]) {
				break
			}
			p := &l.ix.d.paras[si.k]
			for _, x := range si.lists {
				if x[1] >= si.t1 || p.gap(x[1]) != " " || !slices.ContainsFunc(terms(p.toks[x[1]].s, nil), func(t string) bool { return counted[t] }) || l.listNarrowed(q, si, x) {
					continue
				}
				return l.listAnswer(si, x, true), true
			}
		}
	}
	idx, _, mt := l.ranked(q, keep)
	for r, i := range idx {
		si := &l.ix.sents[i]
		if r > 4 || !l.enough(q, si, mt[r]) {
			break
		}
		p := &l.ix.d.paras[si.k]
		// The number nearest a question term; a year counts nothing.
		best, dist := -1, 1<<30
		for _, ni := range si.numbers {
			if k := tokKey(p.toks[ni].s); len(k) == 4 && (strings.HasPrefix(k, "19") || strings.HasPrefix(k, "20")) {
				continue
			}
			for ti := si.t0; ti < si.t1; ti++ {
				for _, x := range terms(p.toks[ti].s, nil) {
					if want[x] && abs(ti-ni) < dist {
						best, dist = ni, abs(ti-ni)
					}
				}
			}
		}
		if best < 0 {
			continue
		}
		// The number must count what the question counts: that noun must
		// follow it closely ("25 conversations"); "twice" counts only
		// occasions.
		if frequencyWords[strings.ToLower(p.toks[best].s)] && len(counted) > 0 {
			continue
		}
		if len(counted) > 0 {
			ok := false
			for ti := best + 1; ti < min(best+6, si.t1); ti++ {
				for _, x := range terms(p.toks[ti].s, nil) {
					ok = ok || counted[x]
				}
			}
			if !ok {
				continue
			}
		}
		// "How many Russian ambassadors": the counted phrase must carry
		// the nationality too ("25 conversations with foreign
		// ambassadors" counts no Russian ones).
		if !l.numberQualified(q, p, best, si.t1) {
			continue
		}
		// The number with its magnitude and unit: "12 million euros".
		end := best + 1
		for end < si.t1 && spaceOnly(p.gap(end)) && magnitudes[strings.ToLower(p.toks[end].s)] {
			end++
		}
		// A counted noun follows a number ("25 conversations"), never a
		// frequency word ("twice"), and a time word is no unit ("twice
		// last year", "three more").
		if w := strings.ToLower(p.toks[best].s); !frequencyWords[w] && end < si.t1 && spaceOnly(p.gap(end)) && !notUnits[strings.ToLower(p.toks[end].s)] && !stopwords[strings.ToLower(p.toks[end].s)] {
			end++
		}
		phrase := p.text[p.toks[best].start:p.toks[end-1].end]
		if best > 0 && p.toks[best].start > 0 && strings.ContainsAny(p.text[p.toks[best].start-1:p.toks[best].start], "$€£¥") {
			phrase = p.text[p.toks[best].start-1 : p.toks[end-1].end]
		}
		text := fmt.Sprintf("%s. %s (¶%d)", upperFirst(phrase), si.text, si.n)
		return Answer{Text: text, Found: true, Citations: []Citation{cite(si.n, si.text)}}, true
	}
	return Answer{}, false
}

// abs is |n|.
func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// causes mark the reason in a sentence, with whether the reason follows
// the marker (after X) or precedes it (X led to).
var causes = []struct {
	marker string
	after  bool
}{
	{" because of ", true}, {" because ", true}, {" after ", true}, {" due to ", true},
	{" as a result of ", true}, {" since ", true}, {" in response to ", true},
	{" led to ", false}, {" caused ", false}, {" prompted ", false}, {" resulted in ", false},
}

// why answers with the reason the best sentence gives, then the sentence.
func (l *Lookup) why(q *query) (Answer, bool) {
	idx, _, mt := l.ranked(q, nil)
	if len(idx) == 0 || !l.enough(q, &l.ix.sents[idx[0]], mt[0]) {
		return Answer{}, false
	}
	si := &l.ix.sents[idx[0]]
	text := strings.TrimRight(si.text, ".")
	reason := ""
	for _, c := range causes {
		i := strings.Index(text, c.marker)
		if i < 0 {
			continue
		}
		if c.after {
			reason = "Because " + strings.TrimPrefix(c.marker[1:], "because ") + text[i+len(c.marker):]
			reason = strings.Replace(reason, "Because after ", "Because ", 1)
			reason = strings.Replace(reason, "Because since ", "Because ", 1)
		} else {
			cause := text[:i]
			if start := strings.LastIndex(cause, ", "); start >= 0 {
				cause = cause[start+2:]
			}
			reason = "Because of " + lowerFirst(cause)
		}
		break
	}
	var out string
	if reason != "" {
		// The reason is a clause of the sentence: the sentence itself is
		// in the citation, not repeated in the answer.
		out = fmt.Sprintf("%s (¶%d).", reason, si.n)
	} else {
		out = fmt.Sprintf("%s (¶%d)", si.text, si.n)
	}
	return Answer{Text: out, Found: true, Citations: []Citation{cite(si.n, si.text)}}, true
}

// upperFirst capitalises the first letter of s.
func upperFirst(s string) string {
	for i, r := range s {
		return s[:i] + string(unicode.ToUpper(r)) + s[i+len(string(r)):]
	}
	return s
}

// lowerFirst lowers the first letter of s when its first word is a
// function word ("The", "A"), which a sentence's start capitalised.
func lowerFirst(s string) string {
	f := strings.Fields(s)
	if len(f) > 0 && stopwords[strings.ToLower(f[0])] {
		return strings.ToLower(s[:1]) + s[1:]
	}
	return s
}

// paraList writes paragraph numbers as "¶1, ¶2".
func paraList(ps []int) string {
	var b strings.Builder
	for i, p := range ps {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "¶%d", p)
	}
	return b.String()
}

// times spells a small count: once, twice, 3 times.
func times(n int) string {
	switch n {
	case 1:
		return "once"
	case 2:
		return "twice"
	}
	return fmt.Sprintf("%d times", n)
}

// surnameOf returns the last word of a name.
func surnameOf(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return name
	}
	return f[len(f)-1]
}

// possessive reports whether a phrase has a possessive word ("Hillary
// Clinton's campaign manager"), which makes "the" before it wrong.
func possessive(s string) bool {
	for _, w := range strings.Fields(s) {
		if bare(w) != w {
			return true
		}
	}
	return false
}

// eventLine writes an event as "When: what happened", or as its clause
// alone when the clause opens with the time ("In December, the CIA …").
func eventLine(e Event) string {
	t := eventText(e)
	if strings.HasPrefix(strings.ToLower(t), strings.ToLower(e.When)) {
		return upperFirst(t)
	}
	return upperFirst(e.When) + ": " + t
}

// eventText is an event's clause for an answer, or its whole sentence when
// the clause would cut a quotation in two (an unpaired mark would make a
// reader, or a checker, pair it with the wrong one).
func eventText(e Event) string {
	if strings.Count(e.Text, `"`)%2 == 0 && strings.Count(e.Text, "“") == strings.Count(e.Text, "”") {
		return e.Text
	}
	return strings.TrimRight(e.Citations[0].Text, ".")
}

// frequencyWords count occasions by themselves.
var frequencyWords = toSet("once", "twice", "thrice")

// notUnits may follow a number without being what it counts.
var notUnits = toSet("last", "next", "this", "that", "more", "less", "fewer", "ago", "earlier", "later",
	"before", "after", "since", "during", "each", "again", "previously", "recently", "already", "yet")

// magnitudes follow a number as part of it.
var magnitudes = toSet("hundred", "thousand", "million", "billion", "trillion", "percent", "per")
