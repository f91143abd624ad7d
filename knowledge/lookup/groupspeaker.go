package lookup

import (
	"slices"
	"strings"

	"storybot/knowledge"
)

// groupSpeaker gives a quotation question asked without a thread whose
// "they" has nothing to refer back to ("what did they say") the voice of
// the group the lead is about: its members speak for a group in a news
// story, and AP style identifies each by the group's noun as a title
// ("lead archaeologist Marta Kowalczyk" under "Underwater archaeologists
// … have found"; "council chair Rosalind Okafor" under "The Ashgrove Town
// Council voted"; AP Stylebook, "titles" and "collective nouns"). A "they"
// with no antecedent in the exchange points to the participants the
// situation makes salient (Quirk et al. 1985, §6.18; Halliday & Hasan
// 1976, §2.4 on exophoric reference), in a story its lead's group. The
// group's noun is a plural person noun of the lead ("archaeologists") or
// the head of an organisation it names ("Council"); the speaker is the
// first person the article quotes whom that noun, in the singular,
// describes as a title before the name or in an appositive after it
// ("Walt Brenneman, 74, a former machinist"). A question with words of
// its own ("what did they say about the weather") asks what someone said
// of that, which the group's voice need not have, and is left as it is.
func (e *Engine) groupSpeaker(q *query) {
	g, ok := pronounGender(q.toks)
	if !ok || g != 0 || q.typ != tQuote || len(q.subjects) > 0 || len(q.terms) > 0 || q.followUp {
		return
	}
	nouns := e.leadGroupNouns()
	if len(nouns) == 0 {
		return
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		for _, x := range s.named {
			if e.r.ents[x].kind != knowledge.Person || !e.quotesOf(x) {
				continue
			}
			if p := e.position(s, x); p >= 0 && slices.ContainsFunc(describing(s, p), func(t token) bool { return slices.Contains(nouns, t.lower) }) {
				q.subjects = append(q.subjects, x)
				q.terms = e.termsOf(q)
				return
			}
		}
	}
}

// leadGroupNouns are the singular nouns of the group the lead is about:
// its plural person nouns and the last word of each organisation it names,
// in lower case.
func (e *Engine) leadGroupNouns() []string {
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.part != "" {
			continue
		}
		var out []string
		for k := datelineEnd(s); k < len(s.toks); k++ {
			if w := s.toks[k].lower; !s.toks[k].cap && e.writtenPlural(w) && e.personNoun(singular(w)) {
				out = append(out, singular(w))
			}
		}
		for _, x := range s.named {
			if e.r.ents[x].kind == knowledge.Organisation && len(e.r.ents[x].forms) > 0 {
				f := e.r.ents[x].forms[0]
				out = append(out, strings.ToLower(f[len(f)-1]))
			}
		}
		return out
	}
	return nil
}

// quotesOf reports whether the article quotes x.
func (e *Engine) quotesOf(x int) bool {
	for i := range e.r.sents {
		if e.r.sents[i].speaker == x {
			return true
		}
	}
	return false
}

// describing are the tokens that describe the person named at token p
// of s: the two before the name, where a title stands ("lead biologist"),
// and those of the appositive after it, up to six, stopping at the verb
// of attribution or a clause ("said", "who").
func describing(s *sentence, p int) []token {
	out := slices.Clone(s.toks[max(0, p-2):p])
	for k := p + 1; k < len(s.toks) && k <= p+8; k++ {
		if descriptionEnd[s.toks[k].lower] {
			break
		}
		out = append(out, s.toks[k])
	}
	return out
}

// descriptionEnd are the words that end a name's appositive: a verb of
// attribution, a relative pronoun, a coordinator.
var descriptionEnd = set("said", "says", "told", "who", "which", "that", "and", "but")
