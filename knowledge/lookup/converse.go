package lookup

import (
	"slices"
	"strings"
)

// Who did what to whom (part of stage 4, yes/no): "did A beat B" asks of
// A as the doer and B as the one the act is done to. An English
// declarative clause puts its subject before the verb and its object
// after (Quirk et al., §2.13, §10.2); a passive puts the doer after "by"
// (§3.63–3.66). A sentence that names both parties the other way round
// ("B beat A") tells the converse act: it does not say A did it to B.
// For a verb of defeat the converse rules the act out as well, as one
// side only wins a game ("Carver beat Delmont State 80-66 in December"
// answers "did Delmont beat Carver in December": no); for any other verb
// the article has said only the other thing.

// party is one side of "A <verb> B": an entity, or a word the article
// writes capitalised as a name it did not recognise as one.
type party struct {
	x    int // the entity, or -1
	word term
}

// at is the length of the party's name at token i of s, 0 when it is
// not named there; endingAt is the same for a name ending at token i.
func (e *Engine) partyAt(s *sentence, p party, i int, ending bool) bool {
	if p.x >= 0 {
		if ending {
			return e.endsAt(s, p.x, i)
		}
		return e.formAt(s, p.x, i) > 0
	}
	return p.word.matches(s.toks[i])
}

// reciprocalVerbs tell an act two parties do to each other, so either
// order says the same ("Kislyak met Sessions": Sessions met Kislyak): the
// verbs of Levin's (1993) reciprocal alternations, §2.5, and her
// correspond, marry and meet classes, §36.1–36.3.
var reciprocalVerbs = set("meet", "marry", "wed", "divorce", "talk", "speak", "chat", "confer",
	"consult", "negotiate", "play", "fight", "battle", "debate", "correspond", "agree", "argue",
	"collaborate", "cooperate", "compete", "face", "date", "embrace", "hug", "kiss", "merge", "tie")

// askedParties finds a question's "A <verb> B": the parties named
// nearest either side of its first content verb, and the verb's term.
func (e *Engine) askedParties(q *query) (a, b party, verb term, ok bool) {
	if q.negated {
		return party{}, party{}, term{}, false
	}
	v := -1
	end := -1
	for i, tok := range q.toks {
		if t, n, found := q.termStarting(i); found && !q.nameToks[i] && e.verbWord(tok.lower) && !e.properAdjective(tok.lower) {
			v, end, verb = i, i+n-1, t
			break
		}
	}
	if v < 0 {
		return party{}, party{}, term{}, false
	}
	if reciprocalVerbs[e.baseVerb(q.toks[v].lower)] {
		return party{}, party{}, term{}, false // "B met A" is "A met B"
	}
	a, okA := e.questionParty(q, v, -1)
	b, okB := e.questionParty(q, end, 1)
	if !okA || !okB || a.x >= 0 && a.x == b.x {
		return party{}, party{}, term{}, false
	}
	return a, b, verb, true
}

// termStarting is the question's term that starts at token i, and how
// many tokens it spans: a word, or a phrasal verb with its particle
// ("shut out").
func (q *query) termStarting(i int) (term, int, bool) {
	w := q.toks[i].lower
	for _, t := range q.terms {
		if t.lower == w {
			return t, 1, true
		}
		if n := len(strings.Fields(t.lower)); t.phrasal && n > 1 && strings.HasPrefix(t.lower, w+" ") {
			return t, n, true
		}
	}
	return term{}, 0, false
}

// verbWord reports whether w can be a verb: WordNet knows it as one, or
// it is a verb prefixed out- ("outrebound", Quirk et al., App. I.27).
func (e *Engine) verbWord(w string) bool {
	return e.canBe(w, "verb") || strings.HasPrefix(w, "out") && len(w) > 5 && e.canBe(e.baseVerb(w[3:]), "verb")
}

// questionParty is the party named nearest token v of q in the direction
// dir: an entity the question names, or a word the article writes as a
// name. Only articles, and in the passive a "by", may stand between.
func (e *Engine) questionParty(q *query, v, dir int) (party, bool) {
	for i := v + dir; i >= 0 && i < len(q.toks); i += dir {
		if q.nameToks[i] {
			for _, x := range q.subjects {
				for _, f := range e.r.ents[x].forms {
					for _, k := range []int{i, i - len(f) + 1} {
						if k >= 0 && matchForm(q.toks, k, f) {
							return party{x: x}, true
						}
					}
				}
			}
			return party{}, false
		}
		if t, found := q.termOf(q.toks[i].lower); found && e.properAdjective(t.lower) {
			return party{x: -1, word: t}, true
		}
		if !stopWords[q.toks[i].lower] {
			return party{}, false
		}
	}
	return party{}, false
}

// partiesAround reports the order s gives the two parties around each
// word that holds the verb term: agree when a word has a before it and b
// after it (or, in the passive, b before and a after "by"), reversed when
// every such word has them the other way round.
func (e *Engine) partiesAround(s *sentence, a, b party, verb term) (agree, reversed bool) {
	seen := false
	for m, tok := range s.toks {
		if !verb.matches(tok) {
			continue
		}
		before, after := e.nearestParty(s, m, -1, a, b), e.nearestParty(s, m, 1, a, b)
		if passiveAt(s.toks, m) && byPhraseAfter(s, m) {
			before, after = after, before
		}
		switch {
		case before == 0 && after == 1:
			return true, false
		case before == 1 && after == 0:
			seen = true
		default:
			return false, false
		}
	}
	return false, seen
}

// nearestParty is which of a (0) and b (1) is named nearest token m of s
// in the direction dir (-1 before it, 1 after it), or -1. After the verb
// only its object counts: the object comes before any adverbial
// prepositional phrase (Quirk et al., §2.13, §10.2), so the search stops
// at a preposition unless it follows the verb at once, as the
// preposition of a prepositional verb does ("won against", §16.5), or is
// the passive's "by" ("passed the Legislature with 17 votes in the
// Senate" does not have the bill passing the Senate).
func (e *Engine) nearestParty(s *sentence, m, dir int, a, b party) int {
	for i := m + dir; i >= 0 && i < len(s.toks); i += dir {
		if w := s.toks[i].lower; dir > 0 && i > m+1 && prepositions[w] && w != "by" {
			return -1
		}
		for k, p := range []party{a, b} {
			if e.partyAt(s, p, i, dir < 0) {
				return k
			}
		}
	}
	return -1
}

// endsAt reports whether a name of x ends at token i of s.
func (e *Engine) endsAt(s *sentence, x, i int) bool {
	for _, f := range e.r.ents[x].forms {
		if k := i - len(f) + 1; k >= 0 && matchForm(s.toks, k, f) {
			return true
		}
	}
	return false
}

// reversedParties reports whether s names the question's two parties the
// other way round about its verb.
func (e *Engine) reversedParties(q *query, s *sentence) bool {
	a, b, verb, ok := e.askedParties(q)
	if !ok {
		return false
	}
	_, rev := e.partiesAround(s, a, b, verb)
	return rev
}

// verbOfDefeat reports whether a verb means getting the better of an
// opponent: "defeat" itself, a word WordNet gives as its synonym or one
// link below it ("beat", "trounce", "rout"), or a verb prefixed out-,
// which means beating someone at the base verb's act (Quirk et al., App.
// I.27).
func (e *Engine) verbOfDefeat(w string) bool {
	base := e.baseVerb(w)
	if base == "defeat" || base == "beat" {
		return true
	}
	if e.noLex {
		return false
	}
	for _, x := range []string{w, base} {
		if slices.Contains(e.lex.Synonyms(x), "defeat") || slices.Contains(e.lex.Neighbours(x), "defeat") {
			return true
		}
	}
	return strings.HasPrefix(w, "out") && len(w) > 5 && e.verbWord(w)
}
