package lookup

import (
	"slices"
	"strings"
)

// The people who came counted as the crowd they made (part of stage 2,
// in termAt). "How many showed up", "how many people turned out", "how
// many attended" count those present at an event, and a news story gives
// that number as the size of the gathering they made, with whatever verb
// it gives the crowd: "A crowd of about 300 turned out", "a crowd of
// roughly 150 gathered at the pier", "A crowd of 250 packed the gym"
// (WordNet 3.0, gathering n.1: "a group of persons together in one
// place"; attend v.1: "be present at"). So when the article never writes
// the verb of presence asked, a count of people present is told by the
// numbers that size the article's gatherings, and the verb stands for
// their nouns: nouns of people gathered, not a place peopled ("a town of
// 650", placeOrArtifact).

// presenceVerbs are the verbs of coming to be present somewhere, as stems
// (a phrasal verb with its particle): the verbs of WordNet 3.0's synsets
// attend v.1 ("be present at"), arrive v.1 ("arrive, get, come: reach a
// destination") and show up v.2 ("appear, show up, turn up"), with "turn
// out" in its sense "come as a spectator or participant".
var presenceVerbs = set("attend", "come", "arriv", "show up", "turn up", "turn out")

// presenceCrowd is term tm of question word i read as the article's
// gathering nouns a number sizes, when q counts people ("how many", "how
// many people") by a verb of presence the article never writes; ok is
// false otherwise.
func (e *Engine) presenceCrowd(q *query, i int, tm term) (term, bool) {
	if e.noLex || q.typ != tCount || !countsPeopleOrNone(q.focus) || !e.presenceVerbAt(q.toks, i) || e.writesVerbAt(q.toks, i) {
		return tm, false
	}
	alts := append(slices.DeleteFunc(e.gatheringNouns(), e.placeOrArtifact), e.presenceStatingVerbs()...)
	if len(alts) == 0 {
		return tm, false
	}
	tm.alts, tm.known, tm.phrases = alts, true, nil
	return tm, true
}

// presenceStating are the verbs an article gives a count of people present
// with (see above), as stems.
var presenceStating = []string{stemOf("come"), stemOf("came"), stemOf("arrive"), stemOf("attend"), stemOf("draw"), stemOf("drew"), stemOf("attract"), stemOf("gather"), stemOf("pack")}

// presenceStatingVerbs is the stems of presenceStating the article writes.
func (e *Engine) presenceStatingVerbs() []string {
	var out []string
	for _, v := range presenceStating {
		if e.r.vocab[v] {
			out = append(out, v)
		}
	}
	return out
}

// countsPeopleOrNone reports whether a count's focus is no noun ("how
// many showed up") or the general noun of persons ("how many people").
func countsPeopleOrNone(focus []string) bool {
	return len(focus) == 0 || len(focus) == 1 && (focus[0] == "peopl" || focus[0] == "person")
}

// writesVerbAt reports whether the article writes question word i, or
// the phrasal verb it makes with the particle after it ("turned out").
func (e *Engine) writesVerbAt(toks []token, i int) bool {
	if i+1 < len(toks) && particles[toks[i+1].lower] {
		return e.writesPhrase([]string{toks[i].stem, toks[i+1].stem})
	}
	return e.known(toks[i])
}

// presenceVerbAt reports whether question word i, with the particle after
// it, is one of presenceVerbs in any inflection.
func (e *Engine) presenceVerbAt(toks []token, i int) bool {
	base := toks[i].lower
	if l := e.lex.Lemma(base); l != "" {
		base = l
	}
	base = stemOf(base)
	if i+1 < len(toks) && particles[toks[i+1].lower] && presenceVerbs[base+" "+toks[i+1].lower] {
		return true
	}
	return presenceVerbs[base] && !strings.Contains(toks[i].lower, " ")
}

// A count of people who had to leave ("how many had to evacuate") is
// given in news writing by the caused-motion frame that makes them leave
// ("forcing about 1,900 people from their homes"): WordNet 3.0 glosses
// evacuate v.1 "move out of an unsafe location into safety", and the verb
// of a caused-motion construction with a "from" path moves its object out
// of the place named (Goldberg 1995, ch. 7; Quirk et al., §9.17 on "from"
// as the preposition of source). So such a verb the article writes
// stands for the verb asked too.

// displacedFrom matches a verb, a number and the source phrase "from
// their homes", with the hedges of a count between verb and number.
var displacedFrom = lazyRE(`(?i)\b([a-z]+) (?:about |some |nearly |almost |roughly |more than |an estimated )?[0-9][0-9,]* (?:[a-z]+ )?from their homes\b`)

// leavingGloss matches a verb's WordNet gloss as moving out of a place.
var leavingGloss = lazyRE(`^move out of\b`)

// displacedTerm is term tm of question word i, a verb WordNet glosses as
// moving out of a place in a count of people, with the article's verbs of
// a caused-motion frame "from their homes" added to it; ok is false
// otherwise.
func (e *Engine) displacedTerm(q *query, i int, tm term) (term, bool) {
	if e.noLex || q.typ != tCount || !countsPeopleOrNone(q.focus) || !e.leavingVerb(q.toks[i].lower) {
		return tm, false
	}
	var verbs []string
	for k := range e.r.sents {
		for _, m := range displacedFrom.FindAllStringSubmatch(e.r.sents[k].text, -1) {
			if st := stemOf(strings.ToLower(m[1])); e.r.vocab[st] && !slices.Contains(verbs, st) {
				verbs = append(verbs, st)
			}
		}
	}
	if len(verbs) == 0 {
		return tm, false
	}
	own := tm.alts
	if len(own) == 0 {
		for v := range e.r.vocab {
			if stemsMeet(v, tm.stem) {
				own = append(own, v)
			}
		}
		slices.Sort(own)
	}
	tm.alts, tm.known, tm.phrases = append(own, verbs...), true, nil
	return tm, true
}

// leavingVerb reports whether WordNet glosses verb w, in one of its
// senses, as moving out of a place.
func (e *Engine) leavingVerb(w string) bool {
	base := w
	if l := e.lex.Lemma(w); l != "" {
		base = l
	}
	for _, g := range e.lex.Glosses(base, "verb") {
		if leavingGloss.MatchString(g) {
			return true
		}
	}
	return false
}
