package lookup

import (
	"strings"

	"storybot/knowledge"
)

// The unnamed subject a later predicate or pronoun carries on (part of
// stage 4, who did it). News copy tells of a person it never names by a
// noun phrase for a kind of person ("The woman, who was not identified,
// spotted the body …", "The guard, a 63-year-old Barre man, was making
// his rounds …") and goes on telling of the same person in two ways that
// leave the subject unwritten or give it by a pronoun:
//
//   - a second predicate coordinated with the first ("… spotted the body
//     and called 911") or an infinitive of purpose ("used a desk phone to
//     call police"), which share the clause's subject (Quirk et al. 1985,
//     §13.44 on predicate coordination; §15.7 on the understood subject of
//     a non-finite clause, the main clause's);
//   - a sentence that opens with "he" or "she" ("She also stayed with the
//     injured man"), whose antecedent is, by preference, the subject of
//     the sentences before it (Grosz, Joshi and Weinstein 1995, centering:
//     a subject pronoun continues the previous utterance's subject; Quirk
//     et al., §6.11 on anaphoric pronouns). The attribution that closes a
//     sentence ("…, Ochoa said") is parenthetical (Quirk et al., §15.53)
//     and names the source, not the subject a pronoun carries on.
//
// Asked who did the later act, the reader is owed the unnamed person's
// description, not a name that stands elsewhere in the sentence.

// openingSubject is the noun phrase that opens s (after a dateline) when
// it is an unnamed person's description: its span [from, head] and the
// token after it and after a comma-set relative clause or appositive, where
// the main verb stands; ok is false when s opens otherwise.
type openingSubject struct {
	from, head, verb int
	apposTo          int // end of an indefinite appositive after head, or 0
}

// unnamedOpening reads the opening subject of s, a noun phrase headed by an
// unnamed person noun ("The woman", "A 34-year-old man"), or a "he" or
// "she" (head == from, the pronoun).
func (e *Engine) unnamedOpening(s *sentence) (openingSubject, bool) {
	from := datelineEnd(s)
	if from >= len(s.toks) {
		return openingSubject{}, false
	}
	if w := s.toks[from].lower; w == "he" || w == "she" {
		return openingSubject{from: from, head: from, verb: from + 1}, true
	}
	h := -1
	for k := from; k < len(s.toks) && k < from+5; k++ {
		if k > from && !spaced(s, k-1, k) {
			break
		}
		if k > from && s.toks[k].cap || s.toks[k].poss {
			break
		}
		if e.unnamedDoerHead(s, k) || k == from && !e.namedAt(s, k) && e.isPersonNoun(singular(s.toks[k].lower)) && !e.namesOneOf(singular(s.toks[k].lower)) {
			h = k
			break
		}
		if k > from && !premodifier(s.toks[k].lower) {
			break
		}
	}
	if h < 0 || h > from && !determiners[s.toks[from].lower] && !premodifier(s.toks[from].lower) {
		return openingSubject{}, false
	}
	o := openingSubject{from: from, head: h, verb: h + 1}
	return o, o.commaSet(s)
}

// commaSet moves the opening subject's verb past a relative clause or an
// indefinite appositive set off by commas after its head ("The woman, who
// was not identified, spotted …"); false when commas set off anything
// else ("The man, police said, …": no clause of the subject's own).
func (o *openingSubject) commaSet(s *sentence) bool {
	h := o.head
	if h+1 >= len(s.toks) || !commaBetween(s, h, h+1) {
		return true
	}
	end := -1
	for k := h + 1; k < len(s.toks)-1 && k < h+14; k++ {
		if commaBetween(s, k, k+1) {
			end = k + 1
			break
		}
	}
	if end < 0 {
		return false
	}
	if w := s.toks[h+1].lower; w == "a" || w == "an" {
		o.apposTo = end
	} else if w != "who" {
		return false
	}
	o.verb = end
	return true
}

// text is the description the opening subject gives: its noun phrase with
// any indefinite appositive ("The guard, a 63-year-old Barre man").
func (o openingSubject) text(s *sentence) string {
	end := s.toks[o.head].end
	if o.apposTo > 0 {
		end = s.toks[o.apposTo-1].end
	}
	return strings.TrimRight(s.text[s.toks[o.from].start:end], ",")
}

// pronoun reports whether the opening subject is "he" or "she".
func (o openingSubject) pronoun(s *sentence) bool {
	w := s.toks[o.head].lower
	return o.head == o.from && (w == "he" || w == "she")
}

// sex is the sex the opening subject's words fix: its head and any
// appositive ("a 63-year-old Barre man"); 0 when none.
func (o openingSubject) sex(s *sentence) byte {
	end := o.head + 1
	if o.apposTo > 0 {
		end = o.apposTo
	}
	for k := o.from; k < end; k++ {
		if g := nounSex(s.toks[k].lower); g != 0 {
			return g
		}
	}
	return 0
}

// sharedUnnamedSubject is the unnamed person's description that is the
// subject of the act at token act of s, when act is a later coordinated
// predicate or an infinitive of purpose of a clause s opens with that
// subject, or with a pronoun whose antecedent is it, or act's subject is
// that opening pronoun itself; the sentences that
// tell it, the act's own last. False otherwise.
func (e *Engine) sharedUnnamedSubject(s *sentence, act int) (string, []*sentence, bool) {
	k := act - 1
	for k > 0 && (auxiliaries[s.toks[k].lower] || isAdverb(s.toks[k].lower)) {
		k--
	}
	o, ok := e.unnamedOpening(s)
	if !ok {
		return "", nil, false
	}
	if o.pronoun(s) && k == o.head {
		return e.unnamedAntecedent(s, s.toks[o.head].lower) // "She also stayed with the injured man"
	}
	if k < 1 || !predicateCoordinators[s.toks[k].lower] && s.toks[k].lower != "to" || o.verb >= k || !e.plainPredicate(s, o.verb, act) {
		return "", nil, false
	}
	if !o.pronoun(s) {
		return o.text(s), []*sentence{s}, true
	}
	return e.unnamedAntecedent(s, s.toks[o.head].lower)
}

// plainPredicate reports whether tokens from..to of s are one clause's
// predicates: no comma, no reporting verb, no relative or subordinating
// word that would open a clause with a subject of its own.
func (e *Engine) plainPredicate(s *sentence, from, to int) bool {
	for k := from; k < to; k++ {
		w := s.toks[k].lower
		if commaBetween(s, k, k+1) || reportingVerbs[w] || relativePronouns[w] || subordinators[w] || s.quoted[k] {
			return false
		}
	}
	return true
}

// unnamedAntecedent is the unnamed person an opening "he" or "she" of s
// refers to: the nearest opening subject of the up to three sentences
// before it that is an unnamed person of a sex the pronoun allows, past
// sentences that open with the same pronoun or another subject, and none
// that opens with a person the article names (then the pronoun is theirs).
func (e *Engine) unnamedAntecedent(s *sentence, pronoun string) (string, []*sentence, bool) {
	g := nounSex(pronoun)
	i := e.indexOf(s)
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		p := &e.r.sents[j]
		if p.part != "" {
			return "", nil, false
		}
		if e.opensWithPerson(p) {
			return "", nil, false
		}
		o, ok := e.unnamedOpening(p)
		if !ok || o.pronoun(p) || o.sex(p) != 0 && o.sex(p) != g {
			if e.namesPersonOfSex(p, g) {
				return "", nil, false // "… showed them to the ranch's owner, Dale Pruett. She emailed them": the nearer woman
			}
			continue
		}
		return o.text(p), []*sentence{p, s}, true
	}
	return "", nil, false
}

// namesPersonOfSex reports whether s names a person the reading gives
// sex g: a nearer antecedent for a pronoun of that sex than an unnamed
// subject further back (Quirk et al. 1985, §6.11: a pronoun refers to
// the nearest suitable noun phrase).
func (e *Engine) namesPersonOfSex(s *sentence, g byte) bool {
	for _, x := range s.named {
		if e.r.ents[x].kind == knowledge.Person && e.r.ents[x].gender == g {
			return true
		}
	}
	return false
}

// opensWithPerson reports whether s, after any dateline, opens with the
// name of a person the article names.
func (e *Engine) opensWithPerson(s *sentence) bool {
	from := datelineEnd(s)
	for k := from; k < len(s.toks) && k < from+4; k++ {
		if e.namedAt(s, k) {
			return true
		}
		if !s.toks[k].cap {
			return false
		}
	}
	return false
}

// sharedUnnamedDoer answers a who-question whose act s tells with its
// subject unwritten or a pronoun, carried on from an unnamed person's
// description (sharedUnnamedSubject).
func (e *Engine) sharedUnnamedDoer(s *sentence, act int) (reply, bool) {
	np, used, ok := e.sharedUnnamedSubject(s, act)
	if !ok {
		return reply{}, false
	}
	return reply{found: true, head: capitalise(np) + "; the article does not name them.", used: used}, true
}

// carriedUnnamedDoer is sharedUnnamedDoer at the who-question's act in s.
func (e *Engine) carriedUnnamedDoer(q *query, s *sentence) (reply, bool) {
	act, _ := e.askedActAt(q, s)
	if act < 0 {
		return reply{}, false
	}
	return e.sharedUnnamedDoer(s, act)
}
