package lookup

import "slices"

// An act named by a noun that is the subject of a light verb in the
// passive, or of "come from", has its doer in the by- or from-phrase
// (part of stage 4, who-questions): "The discovery was made in July by
// two divers" tells who discovered it, as "Approval came from the Food
// and Drug Administration" tells who approved. The delexical verbs "make",
// "do", "give", "carry out", "conduct", "perform" and "undertake" carry
// no meaning of their own with an eventive noun as object; the noun
// does (Quirk et al. 1985 on "make", "have", "take" and "give" with
// eventive objects; Biber et al. 1999, "Longman Grammar of Spoken and
// Written English", on delexical verbs), so passivised their agent is the
// act's doer (Quirk et al., §3.67). "Come from" with an act's noun for
// subject names its source, the one who granted it ("permission came
// from the owner"). The noun is linked to the
// question's verb as a synonym or by WordNet's derivational pointers
// (approve → approval).

// lightParticiplesOfActs are the past participles of the delexical verbs
// that take an eventive noun as object (Biber et al. 1999 on delexical
// verbs; "carried" as the verb of "carry out").
var lightParticiplesOfActs = set("made", "done", "given", "carried", "conducted", "performed", "undertaken")

// sourceVerbs are the forms of "come" that, followed by "from", name an
// act's source.
var sourceVerbs = set("come", "comes", "came")

// nominalActAgent is the index where the doer of the question's act
// starts in s when s names the act by a noun that is the subject of a
// light verb's passive with a by-phrase, or of "came from"; -1 when s
// does not.
func (e *Engine) nominalActAgent(q *query, s *sentence) int {
	t, ok := e.askedAct(q)
	if !ok || e.noLex || e.askedInPassive(q, t) {
		return -1
	}
	for i, tok := range s.toks {
		if quotedAt(s, i) || !(i == 0 || nominalAt(s.toks, i)) || !e.nounOfAct(t, tok) {
			continue
		}
		if k := e.lightVerbAgent(s, i); k > 0 {
			return k
		}
	}
	return -1
}

// nounOfAct reports whether tok is a noun for the act of term t: a
// synonym ("discovery" of found) or a derived noun of its verb
// ("approval" of approve).
func (e *Engine) nounOfAct(t term, tok token) bool {
	if !e.canBe(tok.lower, "noun") {
		return false
	}
	return t.matches(tok) || slices.Contains(e.lex.Related(e.baseVerb(t.lower)), tok.lower)
}

// lightVerbAgent is the index where the agent starts after the noun at
// i of s, when the noun's clause goes on with a light verb's passive and
// a by-phrase, or with "came from"; -1 otherwise. The first verb after
// the noun decides: the noun's own postmodifier ("of the site") may
// stand between.
func (e *Engine) lightVerbAgent(s *sentence, i int) int {
	for j := i + 1; j+1 < len(s.toks) && j <= i+10; j++ {
		if !spaced(s, j-1, j) {
			return -1 // the subject's clause has ended
		}
		w := s.toks[j].lower
		switch {
		case sourceVerbs[w]:
			if s.toks[j+1].lower == "from" {
				return j + 2
			}
			return -1
		case supportParticiple(w) && passiveAt(s.toks, j): // oper1verb.go: "filed", "lodged" too
			if b := e.lateBy(s, j); b > 0 {
				return b + 1
			}
			return -1
		case beForms[w] || auxiliaries[w] || isAdverb(w):
			continue
		case e.canBe(w, "verb") && !e.canBe(w, "noun"):
			return -1 // another verb: the noun is not its light verb's subject
		}
	}
	return -1
}
