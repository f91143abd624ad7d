package lookup

import "storybot/knowledge"

// "Why does Flores think his answer wasn't misleading": a question about
// the grounds of a person's stated view. News writing reports the view and
// then, often in a later paragraph, the person's next statement, which
// gives the grounds ("Flores still claimed … nothing misleading …" …
// "Flores stated that … He was asked … not about meetings he took as a
// senator"). When the sentence with the view gives no cause, the reply
// adds the same person's next statement within the next two paragraphs.

// opinionVerbs report a view: the private and public factual verbs of
// Quirk et al., §16.31–16.32 (think, believe, feel; say, claim, insist,
// maintain, argue).
var opinionVerbs = set("think", "thinks", "thought", "believe", "believes", "believed", "feel",
	"feels", "felt", "claim", "claims", "claimed", "say", "says", "said", "insist", "insists",
	"insisted", "maintain", "maintains", "maintained", "argue", "argues", "argued", "contend",
	"contends", "contended")

// viewAsked returns the person whose view a why-question asks the grounds
// of ("why does Flores think …"), or -1.
func (e *Engine) viewAsked(q *query) int {
	verb := false
	for _, t := range q.toks {
		verb = verb || opinionVerbs[t.lower]
	}
	if !verb {
		return -1
	}
	for _, x := range q.subjects {
		if e.r.ents[x].kind == knowledge.Person {
			return x
		}
	}
	return -1
}

// groundsAfter returns the next statement, after sentence i and within
// the next two paragraphs, that person x makes outside quotation marks or
// is quoted in, or nil.
func (e *Engine) groundsAfter(x, i int) *sentence {
	s := &e.r.sents[i]
	for n := i + 1; n < len(e.r.sents) && e.r.sents[n].para <= s.para+2; n++ {
		t := &e.r.sents[n]
		if t.para == 0 || t.part != "" {
			continue
		}
		if t.speaker == x || contains(t.named, x) && saysOutsideQuotes(t) {
			return t
		}
	}
	return nil
}

// saysOutsideQuotes reports whether a verb of saying stands in s outside
// quotation marks.
func saysOutsideQuotes(s *sentence) bool {
	for i, t := range s.toks {
		if speechVerbs[t.lower] && !s.quoted[i] {
			return true
		}
	}
	return false
}
