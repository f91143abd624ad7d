package lookup

import (
	"fmt"
	"strings"
)

// Analogy questions: "did sessions resign like flynn did?". "Like B (did)"
// compares A with B (Quirk et al., §15.47: "like" as a preposition of
// comparison, "as B did"): the question asks whether A did what B did, and
// presupposes that B did it. Each side is asked on its own; when the
// article says it of B and not of A, the reply says so first, then gives
// what it says of B and what it says of A.

// likeCue is an auxiliary-opened question ending "like B (did)".
var likeCue = lazyRE(`^(?:\W*(?:hey|ok|so|and|wait)\W+)*(did|does|do|has|have|had|is|was|were|will|would)\s+(.+?)\s+like\s+(.+?)(?:\s+(?:did|does|do|has|had|have|was|is|were|will|would))?\s*[?.!]*\s*$`)

// analogy answers "did A VERB like B did".
func (e *Engine) analogy(text string) (reply, bool) {
	m := likeCue.FindStringSubmatch(strings.ToLower(expandChat(text)))
	if m == nil {
		return reply{}, false
	}
	aux, clause, other := m[1], m[2], m[3]
	qa := e.understand(aux+" "+clause, nil)
	qb := e.understand(other, nil)
	if len(qa.subjects) != 1 || len(qb.subjects) != 1 || qa.subjects[0] == qb.subjects[0] {
		return reply{}, false
	}
	var pred []string // the clause without A's name: what B is said to have done
	for i, t := range qa.toks[1:] {
		if !qa.nameToks[i+1] {
			pred = append(pred, t.lower)
		}
	}
	if len(pred) == 0 {
		return reply{}, false
	}
	a, b := qa.subjects[0], qb.subjects[0]
	qb = e.understand(aux+" "+e.a.Entities[b].Name+" "+strings.Join(pred, " "), nil)
	qb.typ, qa.typ = tYesNo, tYesNo
	rb := e.solve(qb)
	if !rb.found || len(rb.used) == 0 || strings.HasPrefix(rb.head, "No") {
		return reply{}, false // the comparison presupposes B did it; the article must say so
	}
	ra := e.solve(qa)
	if ra.found {
		return reply{parts: []reply{ra, rb}}, true
	}
	used := []*sentence{rb.used[0]}
	if s := e.firstNaming(a); s != nil && s != rb.used[0] {
		used = append(used, s)
	}
	head := fmt.Sprintf("The article doesn't say %s did; it says that of %s.", e.shortName(a), e.shortName(b))
	return reply{found: true, head: head, used: used}, true
}
