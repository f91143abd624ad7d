package lookup

import (
	"regexp"
	"strings"
)

// What a study found (part of stage 4, what-questions): "what did the
// study find" asks for the finding a document reports, which news writing
// gives in the lead and attributes with "according to" ("Older adults …
// fell 31% less often …, according to a study published Wednesday"; AP
// Stylebook, "according to") or with the document as the subject of a
// verb of finding ("the audit found that …"). A sentence that only names
// the findings ("will present the findings") does not give them.

// findingQuestion matches "what did the study find" and its forms: the
// head noun of the subject, and the verb.
var findingQuestion = regexp.MustCompile(`^\W*(?:(?:so|ok|and|hey)\W+)*(?:what|wat|wht)\s+(?:did|does|do|has|have)\s+(?:(?:the|this|that|a|an|their|its|his|her)\s+)?(?:[a-z'-]+\s+){0,2}?([a-z-]+)\s+(find|show|conclude|suggest|indicate|reveal)\b`)

// documentFinding answers "what did the study find" with the first body
// sentence that attributes a finding to a document of the question's
// head noun: "according to" it, or it as the subject of a verb of
// finding. The head must be an inquiry or a written communication in
// WordNet ("study", "audit", "survey", "report", "trial").
func (e *Engine) documentFinding(q *query) (reply, bool) {
	m := findingQuestion.FindStringSubmatch(strings.ToLower(q.raw))
	if m == nil || e.lex == nil {
		return reply{}, false
	}
	head := singular(m[1])
	if !e.lex.KindOf(head, "written_communication") && !e.lex.KindOf(head, "investigation") && !e.lex.KindOf(head, "inquiry") && !e.lex.KindOf(head, "document") {
		return reply{}, false
	}
	stem := stemOf(head)
	for i := range e.r.sents {
		s := &e.r.sents[i]
		if s.para == 0 || s.part != "" {
			continue
		}
		if attributesTo(s, stem) {
			return reply{found: true, used: []*sentence{s}}, true
		}
	}
	return reply{}, false
}

// attributesTo reports whether s attributes what it says to a document
// of stem: "according to" with the noun within six words, or the noun
// followed within two words by a verb of finding (findingVerbs), outside
// a quotation.
func attributesTo(s *sentence, stem string) bool {
	for k, t := range s.toks {
		if t.stem != stem || quotedAt(s, k) {
			continue
		}
		for j := k - 1; j >= 1 && j >= k-6; j-- {
			if accordingToAt(s, j-1) {
				return true
			}
		}
		for j := k + 1; j < len(s.toks) && j <= k+2; j++ {
			if findingVerbs[s.toks[j].lower] {
				return true
			}
		}
	}
	return false
}
