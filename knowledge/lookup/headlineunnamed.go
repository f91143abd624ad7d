package lookup

import (
	"slices"
	"strings"
)

// The headline's unnamed doer, as the lead describes them (part of stage
// 4, who did it). A headline restates the lead in fewer words (AP
// Stylebook, "headlines"), and for want of room it calls a person the
// story never names by a short label ("Dog walker finds body …",
// "Off-duty nurse pulls man from tracks"); the lead tells the same act
// with the person's fuller description as its subject ("A woman walking
// her dog along a creek trail found the body …"), and the body copy, not
// the headline, is what a reader is pointed to (headlinedoer.go does the
// same for a doer the lead names late). So when the headline's doer is an
// unnamed kind of person and the lead tells the headline's act, by its
// verb or a WordNet synonym, of an unnamed person it opens with, the
// answer is the lead's description, cited there.

// leadUnnamedDoer answers a who-question the headline answers with an
// unnamed doer from the lead sentence instead, when the lead opens with an
// unnamed person who is the subject of the asked act.
func (e *Engine) leadUnnamedDoer(q *query) (reply, bool) {
	lead := e.leadSentence()
	t, ok := e.askedAct(q)
	if lead == nil || !ok || e.lex == nil {
		return reply{}, false
	}
	o, ok := e.unnamedOpening(lead)
	if !ok || o.pronoun(lead) {
		return reply{}, false
	}
	stems := []string{t.stem}
	for _, w := range e.lex.Synonyms(t.lower) {
		stems = append(stems, stemOf(w))
	}
	for i := o.verb; i < len(lead.toks); i++ {
		tok := lead.toks[i]
		if tok.cap || lead.quoted[i] || !t.actAt(lead.toks, i) && !slices.Contains(stems, tok.stem) {
			continue
		}
		if np, used, ok := e.sharedUnnamedSubject(lead, i); ok {
			return reply{found: true, head: capitalise(np) + "; the article does not name them.", used: used}, true
		}
		if np, ok := leadSubjectBefore(lead, o, i); ok {
			return reply{found: true, head: capitalise(np) + "; the article does not name them.", used: []*sentence{lead}}, true
		}
		return reply{}, false
	}
	return reply{}, false
}

// leadSubjectBefore is the subject noun phrase of the verb at act of s
// when it is the opening unnamed person with at most a postmodifier after
// its head, a participle or prepositional phrase with no comma, no
// coordinator and no reporting verb ("A woman walking her dog along a
// creek trail found"; Quirk et al. 1985, §17.3 on the noun phrase's
// postmodification). The verb's auxiliaries and a negation are the verb
// group's, not the subject's ("… an old orchard have found"; Quirk et
// al. 1985, §3.54 on the verb phrase).
func leadSubjectBefore(s *sentence, o openingSubject, act int) (string, bool) {
	if o.verb == act {
		return o.text(s), true
	}
	if o.apposTo > 0 {
		return "", false
	}
	if first := s.toks[o.verb].lower; !strings.HasSuffix(first, "ing") && !prepositions[first] {
		return "", false
	}
	for k := o.verb; k < act; k++ {
		w := s.toks[k].lower
		if commaBetween(s, k, k+1) || predicateCoordinators[w] || reportingVerbs[w] || relativePronouns[w] {
			return "", false
		}
	}
	end := act - 1
	for end > o.verb && (verbGroupAux(s.toks[end].lower) || negations[s.toks[end].lower]) {
		end-- // "Farmhands clearing an old orchard have found": the subject ends before "have"
	}
	return s.text[s.toks[o.from].start:s.toks[end].end], true
}

// commonDoerReply answers with the unnamed doer of the asked act in s
// (commondoer.go): the lead's description when s is the headline
// (leadUnnamedDoer), the people a numbered group stands for
// (numberedgroup.go), else the noun phrase itself.
func (e *Engine) commonDoerReply(q *query, s *sentence) (reply, bool) {
	np, ok := e.commonDoer(q, s)
	if !ok {
		return reply{}, false
	}
	if r, ok := e.bodyNamedDoer(q, s); ok {
		return r, true // "Cavers find …": "The bones were found by two cavers …, Dana Roe and …" (bodynameddoer.go)
	}
	if r, ok := e.leadUnnamedDoer(q); ok && s.part == "title" {
		return r, true // "Dog walker finds body": "A woman walking her dog … found the body"
	}
	if xs, g := e.numberedGroup(np, s); xs != nil {
		return e.groupReply(xs, g, s), true // "the two men escaped": the two named together before (numberedgroup.go)
	}
	return reply{found: true, head: capitalise(np) + "; the article does not name them.", used: []*sentence{s}}, true
}
