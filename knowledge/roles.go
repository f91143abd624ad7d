package knowledge

import (
	"fmt"
	"slices"
	"strings"
)

// Other roles: besides the appositive role an entity gets, an article
// gives people roles in passing ("while still US Senator, he …", "in
// Sessions' capacity as a senator on the Armed Services Committee",
// "former governor"). They answer "what was X's job before …".

// roleNote is one role given in passing, as written from its marker
// ("while still US Senator"), in sentence si.
type roleNote struct {
	text string
	core string // the role alone ("US Senator"), for de-duplication
	si   *sentInfo
}

// roleMarkers introduce a role in passing, longest first.
var roleMarkers = [][]string{
	{"while", "still"}, {"while", "he", "was"}, {"while", "she", "was"}, {"when", "he", "was"},
	{"when", "she", "was"}, {"capacity", "as"}, {"as"}, {"former"}, {"then"},
}

// roleHeads end a role phrase: title words and "member".
func roleHead(w string) bool {
	k := tokKey(w)
	return (titleWords[k] || k == "member") && !honorifics[k]
}

// passingRoles finds, for every person, the roles the article gives them
// in passing.
func (ix *index) passingRoles(ents []Entity) [][]roleNote {
	out := make([][]roleNote, len(ents))
	for i := range ix.sents {
		si := &ix.sents[i]
		p := &ix.d.paras[si.k]
		for ti := si.t0; ti < si.t1; ti++ {
			m := markerAt(p, ti, si.t1)
			if m == 0 {
				continue
			}
			start := ti + m
			x := start
			for x < si.t1 && x < start+3 && (strings.EqualFold(p.toks[x].s, "a") || strings.EqualFold(p.toks[x].s, "an") || strings.EqualFold(p.toks[x].s, "the")) {
				x++
			}
			core0 := x
			head := -1
			for ; x < si.t1 && x < core0+4; x++ {
				if x > core0 && !spaceOnly(p.gap(x)) {
					break
				}
				if roleHead(p.toks[x].s) {
					head = x
					break
				}
				if w := p.toks[x].s; w == strings.ToLower(w) && stopwords[w] {
					break
				}
			}
			if head < 0 {
				continue
			}
			end := head + 1
			// "… on the Armed Services Committee": the body it serves.
			if end+1 < si.t1 && spaceOnly(p.gap(end)) {
				w := strings.ToLower(p.toks[end].s)
				if w == "on" || w == "of" {
					y := end + 1
					if strings.EqualFold(p.toks[y].s, "the") && y+1 < si.t1 {
						y++
					}
					z, owned := y, false
					for z < si.t1 && isCapitalised(p.toks[z].s) && (z == y || spaceOnly(p.gap(z))) && !owned {
						owned = bare(p.toks[z].s) != p.toks[z].s
						z++
					}
					// "head of Trump's national security advisory committee"
					for n := 0; owned && n < 5 && z < si.t1 && spaceOnly(p.gap(z)) && nounWord(p.toks[z].s); n++ {
						z++
					}
					if z > y && (!owned || z > y+1) {
						end = z
					}
				}
			}
			owner := ix.roleOwner(ents, si, ti, end)
			if owner < 0 {
				continue
			}
			from := ti
			if strings.EqualFold(p.toks[ti].s, "capacity") {
				from++ // "as a senator …"
			}
			note := roleNote{
				text: p.text[p.toks[from].start:p.toks[end-1].end],
				core: strings.ToLower(p.text[p.toks[core0].start:p.toks[end-1].end]),
				si:   si,
			}
			dup := false
			for _, o := range out[owner] {
				dup = dup || o.core == note.core
			}
			if !dup {
				out[owner] = append(out[owner], note)
			}
			ti = end - 1
		}
	}
	return out
}

// markerAt returns how many tokens of a role marker start at token ti, or 0.
func markerAt(p *para, ti, t1 int) int {
	for _, m := range roleMarkers {
		if ti+len(m) > t1 {
			continue
		}
		ok := true
		for k, w := range m {
			tw := strings.ToLower(p.toks[ti+k].s)
			if tw != w && !(w == "then" && strings.HasPrefix(tw, "then-")) {
				ok = false
				break
			}
			if k > 0 && !spaceOnly(p.gap(ti+k)) {
				ok = false
				break
			}
		}
		if ok {
			return len(m)
		}
	}
	return 0
}

// roleOwner returns the person a role phrase in tokens [ti, end) belongs
// to: the nearest person named, or referred to by he/she, within a few
// words either side (a pronoun in the marker itself, "while he was",
// first); -1 when there is none.
func (ix *index) roleOwner(ents []Entity, si *sentInfo, ti, end int) int {
	p := &ix.d.paras[si.k]
	ms := inSentence(ix.d.mentions[si.k], si.s)
	personAt := func(x int) int {
		if e := mentionAt(ms, x); e >= 0 {
			if ents[e].Kind == Person {
				return e
			}
			return -1
		}
		if _, ok := pronounGender[strings.ToLower(p.toks[x].s)]; ok {
			return resolvePronoun(ix.d, ents, si.k, x)
		}
		return -1
	}
	for x := ti; x < end; x++ {
		if _, ok := pronounGender[strings.ToLower(p.toks[x].s)]; ok {
			return personAt(x)
		}
	}
	// "in Sessions' capacity as …": the possessor holds the role.
	if strings.EqualFold(p.toks[ti].s, "capacity") && ti > si.t0 {
		if e := personAt(ti - 1); e >= 0 {
			return e
		}
	}
	object := func(x int) bool { // "in Trump's campaign": not the holder
		k := x
		for k > si.t0 && mentionAt(ms, k-1) >= 0 && mentionAt(ms, k-1) == mentionAt(ms, x) {
			k--
		}
		return k > si.t0 && objectPreps[strings.ToLower(p.toks[k-1].s)]
	}
	for dist := 1; dist <= 12; dist++ {
		if x := ti - dist; x >= si.t0 {
			if e := personAt(x); e >= 0 && !object(x) {
				return e
			}
		}
		if x := end - 1 + dist; x < si.t1 && dist <= 3 {
			if e := personAt(x); e >= 0 && !object(x) {
				return e
			}
		}
	}
	return -1
}

// jobWords ask for someone's position.
var jobWords = toSet("job", "jobs", "position", "positions", "role", "roles", "title", "titles", "post",
	"occupation", "career", "profession", "office", "work", "worked", "posts")

// timeOfRole words place a role in time and are otherwise not subject
// matter.
var timeOfRole = toSet("before", "previously", "previous", "earlier", "prior", "former", "formerly",
	"past", "now", "current", "currently", "after", "become", "became", "serve", "served", "hold",
	"held", "other", "also", "was", "being", "be")

// roles answers "what was X's job before …" for one person: the role the
// article gives them, then the roles it gives them in passing.
func (l *Lookup) roles(q *query) (Answer, bool) {
	if len(q.ents) != 1 || l.a.Entities[q.ents[0]].Kind != Person {
		return Answer{}, false
	}
	e := q.ents[0]
	asks := false
	for _, w := range q.words {
		asks = asks || jobWords[w]
	}
	notes := l.ix.roles[e]
	if q.wh == "yes/no" && !asks {
		return l.holds(q, e)
	}
	if !asks || len(notes) == 0 {
		return Answer{}, false
	}
	known := map[string]bool{}
	for t := range l.ix.roleTerms[e] {
		known[t] = true
	}
	for _, n := range notes {
		for t := range termSet(n.text) {
			known[t] = true
		}
	}
	for _, t := range q.terms {
		w := strings.ToLower(bare(t.word))
		if !t.generic && !jobWords[w] && !timeOfRole[w] && !timeOfRole[strings.TrimSuffix(w, "ing")] && !timeOfRole[strings.TrimSuffix(w, "ing")+"e"] && !known[t.t] {
			return Answer{}, false // "what was his role in the campaign"
		}
	}
	ent := l.a.Entities[e]
	var b strings.Builder
	var cites []Citation
	if ent.Role != "" {
		b.WriteString(l.roleSentence(e))
		if c, ok := l.roleCitation(e); ok {
			fmt.Fprintf(&b, " (¶%d)", c[0].Paragraph)
			cites = append(cites, c[0])
		}
		b.WriteString(". The article also gives " + surnameOf(ent.Name) + " these roles: ")
	} else {
		b.WriteString("The article gives " + ent.Name + " these roles: ")
	}
	for i, n := range notes {
		if i == 4 {
			break
		}
		if i > 0 {
			b.WriteString("; ")
		}
		fmt.Fprintf(&b, "%s (¶%d)", lowerFirst(n.text), n.si.n)
		if c := cite(n.si.n, n.si.text); !containsCitation(cites, c) {
			cites = append(cites, c)
		}
	}
	b.WriteString(".")
	return Answer{Text: b.String(), Found: true, Citations: cites}, true
}

// holds answers "was X a senator?": yes, with the sentence, when the
// article gives X a role (in passing or not) holding every title word the
// question asks about and the question asks nothing else; the article
// doesn't say when it gives X no such role.
func (l *Lookup) holds(q *query, e int) (Answer, bool) {
	var titles []string
	for _, t := range q.terms {
		w := strings.ToLower(bare(t.word))
		switch {
		case titleWords[t.t] || titleWords[w]:
			titles = append(titles, t.t)
		case t.generic || timeOfRole[w]:
		default:
			return Answer{}, false
		}
	}
	if len(titles) == 0 {
		return Answer{}, false
	}
	all := func(set map[string]bool) bool {
		for _, t := range titles {
			if !set[t] {
				return false
			}
		}
		return true
	}
	name := surnameOf(l.a.Entities[e].Name)
	if all(l.ix.roleTerms[e]) {
		if c, ok := l.roleCitation(e); ok {
			return Answer{Text: fmt.Sprintf("Yes — %s (¶%d).", l.roleSentence(e), c[0].Paragraph), Found: true, Citations: c[:1]}, true
		}
	}
	for _, n := range l.ix.roles[e] {
		if all(termSet(n.text)) {
			return Answer{Text: fmt.Sprintf("Yes — the article describes %s %s (¶%d).", name, lowerFirst(n.text), n.si.n),
				Found: true, Citations: []Citation{cite(n.si.n, n.si.text)}}, true
		}
	}
	return l.notSaid(q, "it gives "+name+" no such role"), true
}

// partyNames spell out the party letter of a tag such as "R-Ariz.".
var partyNames = map[byte]string{'R': "Republican", 'D': "Democrat", 'I': "independent"}

// party answers "what party is X in", "which state does X represent" and
// "where is X from" from a party-and-state tag written by X's name ("John
// McCain, R-Ariz.": a Republican from Arizona). Without a tag, a party
// question is refused; a state or origin question is left to the rest of
// the lookup (Kislyak is from Russia by his role, not a tag).
func (l *Lookup) party(q *query) (Answer, bool) {
	asksParty := slices.Contains(q.words, "party") || slices.Contains(q.words, "affiliation")
	asksState := l.asksState(q)
	e, place := -1, -1
	for _, x := range q.ents {
		switch {
		case l.a.Entities[x].Kind == Person && e < 0:
			e = x
		case l.a.Entities[x].Kind == Place && place < 0:
			place = x
		}
	}
	var partyWord byte
	for _, w := range q.words {
		if p := partyWords[w]; p != 0 {
			partyWord = p
		}
	}
	// "Is McCain a Republican?", "Was he from Arizona?": nothing asked
	// but party and place.
	if e >= 0 && (q.words[0] == "is" || q.words[0] == "was") && (place >= 0 || partyWord != 0) {
		only := true
		for _, t := range q.terms {
			only = only && (t.generic || partyWords[strings.ToLower(t.word)] != 0)
		}
		if only {
			if a, ok := l.tagCheck(e, place, partyWord); ok {
				return a, true
			}
			if place >= 0 && slices.Contains(q.words, "from") {
				return l.notSaid(q, "nothing in it says where "+surnameOf(l.a.Entities[e].Name)+" comes from"), true
			}
		}
	}
	if e < 0 && place >= 0 && (q.wh == "who" || q.wh == "which") && (asksState || slices.Contains(q.words, "from")) {
		return l.tagHolder(place)
	}
	if !asksParty && !asksState || e < 0 {
		return Answer{}, false
	}
	if tag, si := l.partyTag(e); si != nil {
		state, _ := partyState(tag)
		name := l.a.Entities[e].Name
		lead := ""
		if asksState && !asksParty {
			lead = state + ". "
		}
		return Answer{Text: fmt.Sprintf("%sThe article writes %s with the tag %s: a %s from %s (¶%d).", lead, name, tag, partyNames[tag[0]], state, si.n),
			Found: true, Citations: []Citation{cite(si.n, si.text)}}, true
	}
	if asksState && !asksParty {
		return l.homePlace(q, e)
	}
	if c, si := l.partyNoun(e); si != nil {
		return Answer{Text: fmt.Sprintf("%s: %s (¶%d)", partyNames[c], si.text, si.n), Found: true,
			Citations: []Citation{cite(si.n, si.text)}}, true
	}
	return l.notSaid(q, "it doesn't give "+surnameOf(l.a.Entities[e].Name)+"'s party"), true
}

// tagCheck answers "is X a Republican?", "is X from Arizona?" from X's
// party-and-state tag; it leaves the question to the rest of the lookup
// when X has no tag.
func (l *Lookup) tagCheck(e, place int, party byte) (Answer, bool) {
	tag, si := l.partyTag(e)
	if si == nil {
		// "Is Kislyak from Russia?": the Russian ambassador is.
		if place >= 0 && party == 0 && l.a.Entities[e].Role != "" && l.placeOf(e, place) {
			if c, ok := l.roleCitation(e); ok {
				return Answer{Text: fmt.Sprintf("Yes — %s (¶%d).", l.roleSentence(e), c[0].Paragraph), Found: true, Citations: c[:1]}, true
			}
		}
		return Answer{}, false
	}
	state, _ := partyState(tag)
	yes := (party == 0 || tag[0] == party) && (place < 0 || strings.EqualFold(l.a.Entities[place].Name, state))
	line, _ := l.tagLine(e)
	verdict := "No"
	if yes {
		verdict = "Yes"
	}
	return Answer{Text: fmt.Sprintf("%s — %s (¶%d).", verdict, lowerFirst(line), si.n), Found: true,
		Citations: []Citation{cite(si.n, si.text)}}, true
}

// tagHolder answers "who represents Arizona?": the people whose party-and-
// state tag names that state.
func (l *Lookup) tagHolder(place int) (Answer, bool) {
	for e, ent := range l.a.Entities {
		if ent.Kind != Person {
			continue
		}
		tag, si := l.partyTag(e)
		if si == nil {
			continue
		}
		if state, _ := partyState(tag); strings.EqualFold(state, l.a.Entities[place].Name) {
			line, _ := l.tagLine(e)
			return Answer{Text: fmt.Sprintf("%s. %s (¶%d).", ent.Name, line, si.n), Found: true,
				Citations: []Citation{cite(si.n, si.text)}}, true
		}
	}
	return Answer{}, false
}

// homePlace answers "what country does Kislyak represent", "what state
// is X from" for a person without a party-and-state tag: the place the
// person's role makes theirs ("Russian ambassador" → Russia), a U.S.
// state when the question asks for a state. A state or country question
// the role doesn't answer is refused; "where is X from" is left to the
// rest of the lookup.
func (l *Lookup) homePlace(q *query, e int) (Answer, bool) {
	wantState := slices.Contains(q.words, "state")
	wantCountry := slices.Contains(q.words, "country") || slices.Contains(q.words, "nation")
	for i, pl := range l.a.Entities {
		if pl.Kind != Place || l.a.Entities[e].Role == "" || !l.ownPlace(e, i) {
			continue
		}
		if wantState && !usStates[pl.Name] || wantCountry && usStates[pl.Name] {
			continue
		}
		if c, ok := l.roleCitation(e); ok {
			return Answer{Text: fmt.Sprintf("%s: %s (¶%d).", pl.Name, l.roleSentence(e), c[0].Paragraph), Found: true, Citations: c[:1]}, true
		}
	}
	// A nationality in the role answers for a country the article never
	// names ("French ambassador Anne Roche").
	if !wantState && l.a.Entities[e].Role != "" {
		for _, w := range strings.Fields(l.a.Entities[e].Role) {
			if demonyms[tokKey(w)] && !partyWordsOnly(tokKey(w)) {
				if c, ok := l.roleCitation(e); ok {
					return Answer{Text: fmt.Sprintf("The article calls %s %s: %s (¶%d).", surnameOf(l.a.Entities[e].Name), bare(w), l.roleSentence(e), c[0].Paragraph),
						Found: true, Citations: c[:1]}, true
				}
			}
		}
	}
	if wantState || wantCountry || slices.ContainsFunc(q.words, func(w string) bool { return strings.HasPrefix(w, "represent") }) {
		what := "state"
		if wantCountry {
			what = "country"
		}
		return l.notSaid(q, "it doesn't give the "+what+" "+surnameOf(l.a.Entities[e].Name)+" represents or comes from"), true
	}
	return Answer{}, false
}

// partyWordsOnly reports whether a demonym-list word is a party or creed
// rather than a nationality ("Democrat", "Catholic").
func partyWordsOnly(w string) bool {
	switch w {
	case "democrats", "republicans", "democrat", "republican", "democratic", "muslim", "christian",
		"jewish", "catholic", "western", "eastern", "northern", "southern":
		return true
	}
	return false
}

// asksState reports whether the question asks which state or country
// someone represents or comes from: "represent" in any form; "state" or
// "country" as a noun with "from" ("what state is X from"), or as X's
// ("his home state", "McCain's state"); or "where … from". "What did
// Flores state", "did Kislyak leave the country" and "what country did
// Obama sanction" ask no such thing.
func (l *Lookup) asksState(q *query) bool {
	from := slices.Contains(q.words, "from")
	for i, w := range q.words {
		switch {
		case strings.HasPrefix(w, "represent"):
			return true
		case w == "state" || w == "country" || w == "nation":
			if i == 0 {
				continue
			}
			switch prev := q.words[i-1]; {
			case prev == "home" || prev == "his" || prev == "her" || bare(prev) != prev:
				return true
			case (prev == "which" || prev == "what") && from:
				return true
			}
		case w == "from" && q.wh == "where":
			return true
		}
	}
	return false
}

// tagLine reads person e's party-and-state tag aloud: "The tag R-Ariz.
// makes him a Republican senator from Arizona"; "" and nil without a tag.
func (l *Lookup) tagLine(e int) (string, *sentInfo) {
	tag, si := l.partyTag(e)
	if si == nil {
		return "", nil
	}
	state, _ := partyState(tag)
	what := partyNames[tag[0]]
	if t := tokKey(l.a.Entities[e].Title); t == "sen" || t == "senator" {
		what += " senator"
	} else if t == "rep" || t == "representative" {
		what += " representative"
	}
	art := "a"
	if strings.IndexByte("AEIOUaeiou", what[0]) >= 0 {
		art = "an"
	}
	return fmt.Sprintf("The article writes %s as %s: %s %s from %s", surnameOf(l.a.Entities[e].Name), tag, art, what, state), si
}

// partyNoun finds a party written as an appositive by person e's name
// ("Council President David Kim, a Democrat,"): the party's letter and
// the sentence; 0 and nil when there is none.
func (l *Lookup) partyNoun(e int) (byte, *sentInfo) {
	for k, ms := range l.ix.d.mentions {
		p := &l.ix.d.paras[k]
		for _, m := range ms {
			if m.ent != e || m.j >= len(p.toks) || !strings.HasPrefix(strings.TrimSpace(p.gap(m.j)), ",") {
				continue
			}
			x := m.j
			if w := strings.ToLower(p.toks[x].s); (w == "a" || w == "an") && x+1 < len(p.toks) {
				x++
			}
			if c := partyWords[strings.ToLower(p.toks[x].s)]; c != 0 && isCapitalised(p.toks[x].s) {
				if si := l.sentenceAt(k, x); si != nil {
					return c, si
				}
			}
		}
	}
	return 0, nil
}

// partyTag returns the party-and-state tag written by person e's name
// ("John McCain, R-Ariz.") and its sentence; "" and nil when there is none.
func (l *Lookup) partyTag(e int) (string, *sentInfo) {
	for k, ms := range l.ix.d.mentions {
		p := &l.ix.d.paras[k]
		for _, m := range ms {
			if m.ent != e {
				continue
			}
			for x := m.j; x < len(p.toks) && x <= m.j+1; x++ {
				tag := p.toks[x].s
				if _, ok := partyState(tag); !ok {
					continue
				}
				if si := l.sentenceAt(k, x); si != nil {
					return strings.TrimSuffix(tag, ","), si
				}
			}
		}
	}
	return "", nil
}

// sentenceAt returns the sentence holding token x of paragraph k.
func (l *Lookup) sentenceAt(k, x int) *sentInfo {
	for i := range l.ix.sents {
		si := &l.ix.sents[i]
		if si.k == k && si.t0 <= x && x < si.t1 {
			return si
		}
	}
	return nil
}
