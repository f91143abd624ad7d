package knowledge

import (
	"sort"
	"strings"
	"unicode"
)

// speechVerbs introduce what someone said. Source: common English
// reporting verbs, the neutral "said" that the AP Stylebook's entry "said"
// recommends for attribution and the usual alternatives news writing uses
// (stated, told, added, wrote, according to …), and the verb of a court
// or judge whose ruling is quoted ("Kerrigan had ruled that the award
// \"shocks the conscience\"": AP Stylebook, "courts"; a ruling is what the
// court says).
var speechVerbs = toSet("said", "says", "say", "stated", "states", "claimed", "claims",
	"answered", "answers", "maintained", "maintains", "added", "adds", "told", "tells",
	"insisted", "insists", "denied", "denies", "argued", "argues", "wrote", "writes",
	"explained", "explains", "asserted", "asserts", "declared", "declares", "noted", "notes",
	"replied", "replies", "responded", "responds", "remarked", "recalled", "warned", "warns",
	"acknowledged", "acknowledges", "admitted", "admits", "conceded", "concedes",
	"testified", "announced", "announces", "tweeted", "posted", "continued", "suggested",
	"contended", "countered", "emphasized", "emphasised", "stressed", "observed",
	"commented", "according", "asked", "asks", "predicted", "promised", "vowed", "urged",
	"ruled", "rules")

// speakerAdverbs may stand between a speaker and the verb ("Flores still
// claimed"): English adverbs of time and stance and the auxiliaries of a
// verb phrase, from English grammar.
var speakerAdverbs = toSet("still", "also", "later", "then", "however", "again", "once",
	"further", "previously", "earlier", "now", "even", "reportedly", "allegedly", "had",
	"has", "have", "would", "will", "did", "does", "was", "is")

// pronounGender gives the gender of a third-person singular pronoun, from
// English grammar's personal, possessive and reflexive pronouns.
var pronounGender = map[string]byte{"he": 'm', "him": 'm', "his": 'm', "himself": 'm',
	"she": 'f', "her": 'f', "hers": 'f', "herself": 'f'}

// quoteSpans returns the byte ranges of quoted text in s, without the
// marks. Straight quotes pair in order; curly ones by direction.
func quoteSpans(s string) [][2]int {
	var out [][2]int
	open, curly := -1, -1
	for i, r := range s {
		switch r {
		case '"':
			if open < 0 {
				open = i + 1
			} else {
				out = append(out, [2]int{open, i})
				open = -1
			}
		case '“':
			curly = i + len("“")
		case '”':
			if curly >= 0 {
				out = append(out, [2]int{curly, i})
				curly = -1
			}
		}
	}
	return out
}

// extractQuotes finds every quoted span and its speaker by the grammar of
// its attribution (see attribution.go). A quotation whose sentence holds no
// attribution continues the one before it in the same paragraph, or the
// last one of the paragraph before when it opens its own paragraph.
func extractQuotes(d *doc, ents []Entity) []Quote {
	at := newAttributor(d, ents)
	var out []Quote
	prevK, prevWho := -1, ""
	for k := range d.paras {
		p := &d.paras[k]
		for _, sp := range at.spans[k] {
			text := strings.TrimSpace(p.text[sp[0]:sp[1]])
			if text == "" {
				continue
			}
			who, found := at.speaker(k, sp)
			opens := strings.TrimFunc(p.text[:sp[0]], func(r rune) bool { return unicode.IsSpace(r) || r == '"' || r == '“' }) == ""
			if !found && (prevK == k || prevK == k-1 && opens) {
				who = prevWho
			}
			prevK, prevWho = k, who
			s := p.sentenceAt(sp[0])
			e := p.sentenceAt(sp[1])
			c := p.text[p.sents[s][0]:p.sents[e][1]]
			out = append(out, Quote{Speaker: who, Text: text, Citations: []Citation{cite(p.n, c)}})
		}
	}
	return out
}

// mentionAt returns the entity whose mention covers token i, or -1.
func mentionAt(ms []mention, i int) int {
	k := sort.Search(len(ms), func(k int) bool { return ms[k].j > i })
	if k < len(ms) && ms[k].i <= i {
		return ms[k].ent
	}
	return -1
}

// subjectBefore finds the subject of the verb at token v: the name or
// pronoun just before it (past adverbs), or a person described by the role
// noun heading the subject phrase ("a spokeswoman for Sessions said").
func subjectBefore(d *doc, k, v int, ents []Entity) string {
	p := &d.paras[k]
	x := v - 1
	for x >= 0 && p.toks[x].sent == p.toks[v].sent && speakerAdverbs[strings.ToLower(p.toks[x].s)] && mentionAt(d.mentions[k], x) < 0 {
		x--
	}
	if x < 0 || p.toks[x].sent != p.toks[v].sent {
		return ""
	}
	if e := mentionAt(d.mentions[k], x); e >= 0 {
		return ents[e].Name
	}
	if _, ok := pronounGender[strings.ToLower(p.toks[x].s)]; ok {
		if e := resolvePronoun(d, ents, k, x); e >= 0 {
			return ents[e].Name
		}
		return ""
	}
	// A described subject: walk back to the clause start.
	cs := clauseStart(p, x, v)
	if w := strings.ToLower(p.toks[cs].s); cs > 0 && (w == "who" || w == "which") && strings.TrimSpace(p.gap(cs)) == "," && p.toks[cs-1].sent == p.toks[v].sent {
		// "Members of the Lindqvist family, who gave the land …, said":
		// a nonrestrictive relative clause stands between the subject and
		// its verb (Quirk et al. 1985, §17.22); the subject is its antecedent
		x = cs - 1
		cs = clauseStart(p, x, v)
	}
	for i := cs; i <= x; i++ {
		if !isTitleToken(p.toks[i].s) {
			continue
		}
		noun := tokKey(p.toks[i].s)
		for _, e := range ents {
			if e.Kind == Person && roleHolds(e.Role, noun) {
				return e.Name
			}
		}
	}
	if e := mentionAt(d.mentions[k], cs); e >= 0 && ents[e].Kind == Person {
		return ents[e].Name
	}
	return strings.TrimSpace(p.text[p.toks[cs].start:p.toks[x].end])
}

// clauseStart is the first token of the unpunctuated run of words in
// sentence v's paragraph p that ends at token x.
func clauseStart(p *para, x, v int) int {
	cs := x
	for cs > 0 && p.toks[cs-1].sent == p.toks[v].sent && strings.TrimSpace(p.gap(cs)) == "" {
		cs--
	}
	return cs
}

// resolvePronoun resolves the he/she at token x of paragraph k to a
// person: the only compatible person earlier in the sentence, else the
// only one in the sentence before, else the most mentioned compatible
// person in the article. It returns -1 when there is none.
func resolvePronoun(d *doc, ents []Entity, k, x int) int {
	p := &d.paras[k]
	g := pronounGender[strings.ToLower(p.toks[x].s)]
	compatible := func(e int) bool {
		if ents[e].Kind != Person {
			return false
		}
		eg := gender(ents[e])
		return eg == 0 || eg == g
	}
	unique := func(ms []mention, keep func(mention) bool) int {
		found := -1
		for _, m := range ms {
			if !keep(m) || !compatible(m.ent) {
				continue
			}
			if found >= 0 && found != m.ent {
				return -2
			}
			found = m.ent
		}
		return found
	}
	s := p.toks[x].sent
	if e := unique(inSentence(d.mentions[k], s), func(m mention) bool { return m.j <= x }); e >= 0 {
		return e
	}
	prevK, prevS := k, s-1
	if prevS < 0 {
		prevK--
		if prevK >= 0 {
			prevS = len(d.paras[prevK].sents) - 1
		}
	}
	if prevK >= 0 {
		if e := unique(inSentence(d.mentions[prevK], prevS), func(mention) bool { return true }); e >= 0 {
			return e
		}
	}
	return warmProtagonist(d, ents, g)
}

// warmProtagonist returns (computing once) the most mentioned person that a
// pronoun of gender g (0 for any) can stand for, or -1.
func warmProtagonist(d *doc, ents []Entity, g byte) int {
	if d.protagonist == nil {
		d.protagonist = map[byte]int{}
	}
	if best, ok := d.protagonist[g]; ok {
		return best
	}
	compatible := func(e int) bool {
		if ents[e].Kind != Person {
			return false
		}
		eg := gender(ents[e])
		return eg == 0 || g == 0 || eg == g
	}
	counts := make([]int, len(ents))
	best := -1
	for _, ms := range d.mentions {
		for _, m := range ms {
			if compatible(m.ent) {
				counts[m.ent]++
				if best < 0 || counts[m.ent] > counts[best] {
					best = m.ent
				}
			}
		}
	}
	d.protagonist[g] = best
	return best
}
