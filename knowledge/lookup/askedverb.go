package lookup

// The question's own reporting verb (part of stage 4, speech.go): "what
// did Vasquez tell reporters", "what did the guide add" name the act of
// reporting as well as the speaker. A reporting clause's verb is chosen
// by the writer from a closed set of verbs of saying (Quirk et al. 1985,
// §14.29: say, tell, add, reply, insist, warn, write, ...), and a reader
// asking with one of them other than the neutral "say" points at the
// words the article reports with that verb: "added" marks what followed
// the speaker's first words, "told reporters" what was said to the
// press. So among the speaker's sentences, quoted or reported, those
// whose unquoted verb is the question's come first. A question with
// "say", or whose verb the speaker's sentences never use, keeps its order.

// askedReportingVerb is the question's verb of saying other than "say"
// (speechBases and speechVerbs), as its base when WordNet lists the form
// as irregular ("told": tell), else as written; "" when there is none.
func (e *Engine) askedReportingVerb(q *query) string {
	for _, t := range q.toks {
		if !speechBases[t.lower] && !speechVerbs[t.lower] {
			continue
		}
		if b := e.irregularBase(t.lower); b != "say" {
			return b
		}
	}
	return ""
}

// irregularBase is WordNet's base of an irregular form, or the word.
func (e *Engine) irregularBase(w string) string {
	if !e.noLex {
		if l := e.lex.Lemma(w); l != "" {
			return l
		}
	}
	return w
}

// reportsWith reports whether an unquoted reporting verb of s is a form
// of the verb b: one of its regular inflections (inflections,
// inflection.go; the stemmer would part "added" from "add") or an
// irregular form of it.
func (e *Engine) reportsWith(s *sentence, b string) bool {
	forms := inflections(b)
	for k, t := range s.toks {
		if !s.quoted[k] && reportingVerbs[t.lower] && (containsStr(forms, t.lower) || e.irregularBase(t.lower) == b) {
			return true
		}
	}
	return false
}

// askedVerbFirst reorders x's sentences (used) so that those reported
// with the question's verb of saying come first, adding x's quotations and
// reported speech with that verb when used lacks them.
func (e *Engine) askedVerbFirst(q *query, x int, used []*sentence) []*sentence {
	b := e.askedReportingVerb(q)
	if b == "" {
		return used
	}
	var hit, rest []*sentence
	for _, s := range used {
		if e.reportsWith(s, b) {
			hit = append(hit, s)
		} else {
			rest = append(rest, s)
		}
	}
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.speaker == x && !containsSent(used, s) && !containsSent(hit, s) && e.reportsWith(s, b) {
			hit = append(hit, s) // a quotation the topic filter dropped: "add" read as "say"
		}
	}
	for _, s := range e.reported(x) {
		if !containsSent(used, s) && !containsSent(hit, s) && e.reportsWith(s, b) {
			hit = append(hit, s)
		}
	}
	if len(hit) == 0 {
		return used
	}
	return append(hit, rest...)
}
