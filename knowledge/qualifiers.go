package knowledge

import (
	"fmt"
	"slices"
	"strings"
)

// Qualifiers: a question's title may carry words that pick one holder out
// of many ("the Russian president", "Trump's spokeswoman", "the ambassador
// to Russia", "the Democratic senator"). A person answers it only when the
// article ties that qualifier to them; a president the article gives no
// nationality is not "the Russian president".

// qualifier is one word the question puts on a title: an entity named
// before or after it ("Trump's", "of Russia"), or an adjective term of
// nationality or party ("russia" for "Russian", "democrat").
type qualifier struct {
	ent  int    // entity, or -1
	term string // index term, when ent is -1
	word string // as typed, for the refusal
	// to marks "the ambassador to Russia": the place served, which the
	// role must name after "to" too (Russia's ambassador to the U.S. is
	// not the ambassador to Russia).
	to bool
}

// partyWords name U.S. parties by the letter of a party-and-state tag.
var partyWords = map[string]byte{"republican": 'R', "republicans": 'R', "gop": 'R',
	"democrat": 'D', "democrats": 'D', "democratic": 'D', "independent": 'I'}

// qualifiers returns what the question puts on its title words: the
// modifiers just before a title ("the Russian president", "Trump's
// campaign manager") and a name after "of", "to", "for" or "from" ("the
// ambassador to Russia"). Common nouns of a compound title ("campaign
// manager") are not qualifiers; the title's own words are matched apart.
func (l *Lookup) qualifiers(q *query) []qualifier {
	toks := tokenize(q.text)
	named := l.ix.aliases.match(toks, false)
	entAt := make([]int, len(toks))
	for i := range entAt {
		entAt[i] = -1
	}
	for _, m := range named {
		for i := m.i; i < m.j && i < len(toks); i++ {
			entAt[i] = m.ent
		}
	}
	isTitle := func(i int) bool {
		w := tokKey(toks[i].s)
		return titleWords[w] && entAt[i] < 0 && !honorifics[w]
	}
	var out []qualifier
	add := func(qu qualifier) {
		for _, o := range out {
			if o.ent == qu.ent && o.term == qu.term {
				return
			}
		}
		out = append(out, qu)
	}
	modifier := func(i int) bool {
		w := tokKey(toks[i].s)
		switch {
		case entAt[i] >= 0:
			if l.a.Entities[entAt[i]].Kind == Person && !possessive(toks[i].s) && (i+1 >= len(toks) || entAt[i+1] != entAt[i]) {
				return false // "the Sessions spokeswoman" is rare; a bare name is a subject
			}
			add(qualifier{ent: entAt[i], word: l.a.Entities[entAt[i]].Name})
		case demonyms[w] || partyWords[w] != 0:
			for _, t := range terms(toks[i].s, nil) {
				add(qualifier{ent: -1, term: t, word: upperFirst(bare(toks[i].s))})
			}
		case stopwords[w] || whSet[w] || auxiliaries[w]:
			return false
		}
		return true
	}
	for x := range toks {
		if !isTitle(x) {
			continue
		}
		for i := x - 1; i >= 0 && i >= x-5; i-- {
			if !modifier(i) {
				break
			}
		}
		// "the ambassador to Russia", "spokeswoman for Sessions"
		y := x + 1
		for y < len(toks) && isTitle(y) {
			y++
		}
		if y+1 < len(toks) {
			switch strings.ToLower(toks[y].s) {
			case "of", "to", "for", "from":
				z := y + 1
				if strings.EqualFold(toks[z].s, "the") && z+1 < len(toks) {
					z++
				}
				if entAt[z] >= 0 {
					add(qualifier{ent: entAt[z], word: l.a.Entities[entAt[z]].Name, to: strings.EqualFold(toks[y].s, "to")})
				} else if w := tokKey(toks[z].s); demonyms[w] || partyWords[w] != 0 {
					for _, t := range terms(toks[z].s, nil) {
						add(qualifier{ent: -1, term: t, word: upperFirst(bare(toks[z].s))})
					}
				}
			}
		}
	}
	return out
}

// whSet holds the single question words.
var whSet = toSet("who", "whom", "whose", "what", "when", "where", "why", "which", "how")

// qualifies reports whether the article ties qualifier qu to person e: in
// e's role or title ("Russian ambassador Sergey Kislyak", "Sessions'
// spokeswoman"), or in a tag by e's name ("John McCain, R-Ariz." is a
// Republican from Arizona).
func (l *Lookup) qualifies(e int, qu qualifier) bool {
	ent := l.a.Entities[e]
	rt := l.ix.roleTerms[e]
	if qu.to {
		role := " " + aliasKey(ent.Role+" "+ent.Title) + " "
		for _, n := range append([]string{l.a.Entities[qu.ent].Name}, l.a.Entities[qu.ent].Aliases...) {
			k := aliasKey(n)
			if k != "" && (strings.Contains(role, " to "+k+" ") || strings.Contains(role, " to the "+k+" ")) {
				return true
			}
		}
		return false
	}
	if qu.ent < 0 {
		if rt[qu.term] {
			return true
		}
		if p := partyWords[strings.ToLower(qu.word)]; p != 0 {
			if tag, _ := l.partyTag(e); tag != "" {
				return tag[0] == p
			}
			c, _ := l.partyNoun(e)
			return c == p // "David Kim, a Democrat,"
		}
		// "Russian" is Russia's, "American" America's (the United
		// States): a place the article names by that stem.
		canon := places[aliasKey(qu.term)]
		for i, pl := range l.a.Entities {
			if pl.Kind == Place && (termSet(pl.Name)[qu.term] || canon != "" && pl.Name == canon) {
				return l.ownPlace(e, i)
			}
		}
		return false
	}
	if qu.ent == e {
		return false
	}
	q := l.a.Entities[qu.ent]
	if q.Kind == Place {
		if l.ownPlace(e, qu.ent) {
			return true
		}
		if tag, _ := l.partyTag(e); tag != "" {
			st, _ := partyState(tag)
			return strings.EqualFold(st, q.Name)
		}
		return false
	}
	if qu.ent == l.roleBody(e) {
		return true // "the committee's chairman", the committee named before
	}
	role := ent.Role + " " + ent.Title
	for _, n := range append([]string{q.Name}, q.Aliases...) {
		if n = bare(n); n != "" && strings.Contains(role, n) {
			return true
		}
	}
	return false
}

// qualified reports whether person e meets every qualifier.
func (l *Lookup) qualified(e int, qs []qualifier) bool {
	for _, qu := range qs {
		if !l.qualifies(e, qu) {
			return false
		}
	}
	return true
}

// qualifierWords joins the qualifiers as typed, for a refusal.
func qualifierWords(qs []qualifier) string {
	var ws []string
	for _, q := range qs {
		w := q.word
		if q.to {
			w = "to " + w
		}
		ws = append(ws, w)
	}
	return strings.Join(ws, ", ")
}

// passingQualified reports whether a role the article gives someone in
// passing holds every word of the question's title and its qualifiers
// ("serving as head of Trump's national security advisory committee").
func (l *Lookup) passingQualified(q *query, qs []qualifier) bool {
	for _, notes := range l.ix.roles {
		for _, n := range notes {
			ts := termSet(n.text)
			ok := true
			for _, t := range q.terms {
				if !t.generic && !ts[t.t] {
					ok = false
				}
			}
			for _, qu := range qs {
				if qu.ent < 0 {
					ok = ok && ts[qu.term]
					continue
				}
				named := false
				for _, nm := range append([]string{l.a.Entities[qu.ent].Name}, l.a.Entities[qu.ent].Aliases...) {
					named = named || nm != "" && strings.Contains(n.text, bare(nm))
				}
				ok = ok && named
			}
			if ok {
				return true
			}
		}
	}
	return false
}

// qualTerm reports whether index term t is one of the qualifiers' terms.
func qualTerm(qs []qualifier, t string) bool {
	for _, q := range qs {
		if q.ent < 0 && q.term == t {
			return true
		}
	}
	return false
}

// presupposed reports whether the article has what a qualified title in
// the question presupposes ("the Russian president"): a person whose role
// holds the title and is tied to every qualifier, or a sentence that
// writes the title with the qualifier beside it ("the Russian ambassador",
// "the British, …, and Russian ambassadors", "head of Trump's …").
// Questions without a qualified title presuppose nothing here.
func (l *Lookup) presupposed(q *query, quals []qualifier) bool {
	var titles []string
	for _, t := range q.terms {
		if titleWords[t.t] || titleWords[strings.ToLower(t.word)] {
			titles = append(titles, t.t)
		}
	}
	if len(titles) == 0 || len(quals) == 0 {
		return true
	}
	for i, e := range l.a.Entities {
		if e.Kind != Person {
			continue
		}
		ok := true
		for _, t := range titles {
			ok = ok && l.ix.roleTerms[i][t]
		}
		if ok && l.qualified(i, quals) {
			return true
		}
	}
	for i := range l.ix.sents {
		si := &l.ix.sents[i]
		p := &l.ix.d.paras[si.k]
		for x := si.t0; x < si.t1; x++ {
			ts := terms(p.toks[x].s, nil)
			if len(ts) == 0 || !slices.Contains(titles, ts[len(ts)-1]) {
				continue
			}
			all := true
			for _, qu := range quals {
				all = all && l.besideTitle(si, x, qu)
			}
			if all {
				return true
			}
		}
	}
	return false
}

// besideTitle reports whether qualifier qu is written on the title at
// token x of sentence si: among the words just before it, through a
// coordinated list of adjectives ("British, Korean, … and Russian
// ambassadors"), or after "of", "to", "for" or "from".
func (l *Lookup) besideTitle(si *sentInfo, x int, qu qualifier) bool {
	p := &l.ix.d.paras[si.k]
	match := func(y int) bool {
		if qu.ent >= 0 {
			return l.mentionAt(si.k, y) == qu.ent
		}
		return slices.Contains(terms(p.toks[y].s, nil), qu.term)
	}
	if !qu.to {
		for y, n := x-1, 0; y >= si.t0 && n < 4; y-- {
			if match(y) {
				return true
			}
			w := tokKey(p.toks[y].s)
			if demonyms[w] || w == "and" || w == "or" {
				continue // a list of adjectives on one noun
			}
			if stopwords[w] {
				break
			}
			n++
		}
	}
	y := x + 1
	if y+1 < si.t1 {
		switch strings.ToLower(p.toks[y].s) {
		case "of", "to", "for", "from":
			if qu.to && !strings.EqualFold(p.toks[y].s, "to") {
				return false
			}
			z := y + 1
			if strings.EqualFold(p.toks[z].s, "the") && z+1 < si.t1 {
				z++
			}
			return match(z)
		}
	}
	return false
}

// qualRefusal refuses a question whose qualified title the article does
// not have, and says who holds the bare title, so the reader sees why:
// "Barack Obama was then President (¶8), but the article doesn't tie
// Obama to Russian."
func (l *Lookup) qualRefusal(q *query, quals []qualifier) Answer {
	var titles []string
	for _, t := range q.terms {
		if titleWords[t.t] || titleWords[strings.ToLower(t.word)] {
			titles = append(titles, t.t)
		}
	}
	qw := qualifierWords(quals)
	for i, e := range l.a.Entities {
		if e.Kind != Person || e.Role == "" || has(q.ents, i) {
			continue
		}
		// The bare title, and any other role word of the question
		// ("campaign chairman"), must be the holder's.
		ok := len(titles) > 0
		for _, t := range q.terms {
			ok = ok && (t.generic || l.ix.roleTerms[i][t.t] || qualTerm(quals, t.t) || !l.roleWord(t.t))
		}
		if !ok {
			continue
		}
		if c, found := l.roleCitation(i); found {
			return Answer{Text: fmt.Sprintf("The article doesn't say: nothing in it ties that role to %s. %s (¶%d), but the article doesn't tie %s to %s.",
				qw, l.roleSentence(i), c[0].Paragraph, surnameOf(e.Name), qw), Citations: c[:1]}
		}
	}
	return l.notSaid(q, "nothing in it ties that role to "+qw)
}

// roleWord reports whether index term t is in anyone's role.
func (l *Lookup) roleWord(t string) bool {
	for _, rt := range l.ix.roleTerms {
		if rt[t] {
			return true
		}
	}
	return false
}

// ownPlace reports whether place is person e's own, as placeOf does, but
// not when the role names it only as where e is sent ("Russian ambassador
// to the U.S." is no American ambassador).
func (l *Lookup) ownPlace(e, place int) bool {
	if !l.placeOf(e, place) {
		return false
	}
	role := " " + aliasKey(l.a.Entities[e].Role+" "+l.a.Entities[e].Title) + " "
	pl := l.a.Entities[place]
	sentTo := false
	for _, n := range append([]string{pl.Name}, pl.Aliases...) {
		k := aliasKey(n)
		if k == "" || !strings.Contains(role, " "+k+" ") {
			continue
		}
		if strings.Contains(role, " to "+k+" ") || strings.Contains(role, " to the "+k+" ") {
			sentTo = true
		} else {
			return true // "U.S. Attorney-General"
		}
	}
	// Named in the role only after "to": not e's own.
	return !sentTo
}

// partyKnown reports whether w names a party the article gives someone
// only in shorthand ("Democratic" when it writes "D-Ore.").
func (l *Lookup) partyKnown(w string) bool {
	c := partyWords[strings.ToLower(bare(w))]
	if c == 0 {
		return false
	}
	for e, ent := range l.a.Entities {
		if ent.Kind != Person {
			continue
		}
		if tag, _ := l.partyTag(e); tag != "" && tag[0] == c {
			return true
		}
	}
	return false
}
