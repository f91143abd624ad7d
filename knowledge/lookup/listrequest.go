package lookup

import (
	"strings"
)

// List requests (parts of stages 2 and 4): "what is the city doing to
// help, list it" closes its question with an imperative about the form of
// the answer, not its content: "list" and "it" are no words to find
// (WordNet's verb {list, name}: "give or make a list of; name
// individually"). It asks for every act of the kind asked, and news
// writing tells a body's several measures in a run of sentences that keep
// the same subject, repeated or taken up by a pronoun, and mark the later
// ones with an additive adjunct ("It will also offer …", "The state is
// also providing …"): cohesion by reference, repetition and additive
// conjunction (Halliday and Hasan, "Cohesion in English", 1976, ch. 2, 5
// and 6). The answer gives the whole run.

// listRequest is a closing imperative asking for a list: "…, list it",
// "- list them all", "… pls name them". A separating mark or a
// conjunction must come before it: "what did they name it" asks a name.
var listRequest = lazyRE(`(?i)(?:\s*[,;:.!?-]+\s*(?:(?:pls|please|and|just|can you|could you)\s+)?|\s+(?:and|pls|please)\s+)(?:list|name)\s+(?:it|them|em|'em|all|everything|all of them)(?:\s+(?:all|out|pls|please))?\s*[?!.]*\s*$`)

// dropListRequest removes a closing request for a list and reports
// whether there was one.
func dropListRequest(text string) (string, bool) {
	m := listRequest.FindStringIndex(text)
	if m == nil || strings.TrimSpace(text[:m[0]]) == "" {
		return text, false
	}
	return text[:m[0]], true
}

// doingActor is the noun phrase of "what is X doing": "the city", "the
// state", "the Red Cross".
var doingActor = lazyRE(`\bwhat(?:'s|s| is| are| was| were| has| have)\s+(?:the\s+)?((?:\S+\s+){0,2}?\S+)\s+(?:been\s+)?doing\b`)

// didActor is the noun phrase of "what did X do": "the city", "skaters".
var didActor = lazyRE(`\bwhat(?:'d|d| did| does| do| will| would)\s+(?:the\s+)?((?:\S+\s+){0,2}?\S+)\s+do\b`)

// actorHead is the head word (the last) of the noun phrase of "what is X
// doing", or "" when the question has none or it is a pronoun.
func actorHead(raw string) string {
	low := strings.ToLower(expandChat(raw))
	m := doingActor.FindStringSubmatch(low)
	if m == nil {
		m = didActor.FindStringSubmatch(low)
	}
	if m == nil {
		return ""
	}
	w := strings.Fields(m[1])
	head := w[len(w)-1]
	if personalPronouns[head] || head == "it" || head == "you" {
		return ""
	}
	return head
}

// actVerbs are the auxiliaries and modals that open the verb phrase of a
// reported act or measure (Quirk et al., §3.21–3.22), and "also", which
// may come between subject and verb.
var actVerbs = set("will", "would", "is", "are", "was", "were", "has", "have", "had", "also",
	"plans", "intends", "shall", "can", "could")

// actsAs reports whether s has head as the subject of a verb phrase:
// the word, then an auxiliary or modal ("the city will run", "the state is
// also providing").
func actsAs(s *sentence, head string) bool {
	for k := 0; k+1 < len(s.toks); k++ {
		if s.toks[k].lower == head && actVerbs[s.toks[k+1].lower] {
			return true
		}
	}
	return false
}

// continuesAct reports whether s opens with a pronoun subject and a verb
// phrase ("It will also offer …", "They have also asked …"): a sentence
// taking up the previous sentence's subject by reference.
func continuesAct(s *sentence) bool {
	return len(s.toks) > 1 && (s.toks[0].lower == "it" || s.toks[0].lower == "they") && actVerbs[s.toks[1].lower]
}

// hasAdditive reports whether s holds the additive adjunct "also".
func hasAdditive(s *sentence) bool {
	for _, t := range s.toks {
		if t.lower == "also" {
			return true
		}
	}
	return false
}

// actRun is the run of sentences telling the acts of the body that best
// names: in best's paragraph, each sentence with the asked body as its
// subject or taking it up by a pronoun right after one that has; in the
// next paragraph, those that add to them with "also". Nil when the run is
// best alone.
func (e *Engine) actRun(q *query, best *sentence) []*sentence {
	head := actorHead(q.raw)
	if head == "" || !actsAs(best, head) {
		return nil
	}
	var run []*sentence
	prev := false
	for i := range e.r.sents {
		s := &e.r.sents[i]
		switch {
		case s.para == best.para:
			prev = actsAs(s, head) || prev && continuesAct(s)
		case s.para == best.para+1 && hasAdditive(s):
			prev = actsAs(s, head) || prev && continuesAct(s)
		default:
			prev = false
		}
		if prev {
			run = append(run, s)
		}
	}
	if len(run) < 2 {
		return nil
	}
	return run
}

// actorBest is the best sentence with the body asked of a list request as
// the subject of its verb phrase: "what is the state doing to help, list
// it" asks the state's acts, not any sentence that says "help". The
// purpose or the beneficiary ("to help", "for people") is what every
// measure serves, and a measure need not say it, so the sentence need
// hold only the body. A plain passage question "what did the skaters do
// after the park closed" asks the same of the body named as the subject
// of the pro-verb "do" (Quirk et al. 1985, §10.x on subject and
// predicate, §12.20 on "do"): of the sentences that hold the question,
// one with the body as subject ("Local skaters had organized a
// petition") before one that only names it elsewhere ("he skated in
// parking lots").
func (e *Engine) actorBest(q *query) (candidate, bool) {
	head := actorHead(q.raw)
	if head == "" || !q.list && q.typ != tPassage {
		return candidate{}, false
	}
	relaxed := purposeAsked.MatchString(strings.ToLower(q.raw)) && allKnown(q)
	for _, c := range e.rank(q, func(s *sentence) bool { return actsAs(s, head) }) {
		if e.holds(q, c) || relaxed && c.subjects == len(q.subjects) {
			return c, true
		}
	}
	return candidate{}, false
}

// purposeAsked is "doing" with a clause of purpose or a beneficiary
// ("doing to help", "doing for residents"); "doing about crime" names a
// topic the answer must hold.
var purposeAsked = lazyRE(`\bdoing\s+(?:to|for)\b`)

// allKnown reports whether the article uses every content word of q.
func allKnown(q *query) bool {
	for _, t := range q.terms {
		if !t.known {
			return false
		}
	}
	return true
}

// actorUnheld reports whether s, chosen for a plain "what did X do"
// passage question, does not write X, the subject of the pro-verb: a
// sentence without the doer tells no act of the doer's (Quirk et al.
// 1985, §10.x on subject and predicate). Only when X is a word of the
// question's terms, not a person or body it names (whom a pronoun or an
// alias may take up).
func (e *Engine) actorUnheld(q *query, s *sentence) bool {
	head := actorHead(q.raw)
	if head == "" || q.list || q.typ != tPassage || len(q.subjects) > 0 {
		return false
	}
	t, ok := q.termFor(head)
	if !ok || !t.known {
		return false
	}
	for _, tok := range s.toks {
		if t.matches(tok) {
			return false
		}
	}
	return true
}
