package knowledge

import "strings"

// describedObject resolves a speaker written after the verb at token v as
// "the <noun>" and no name (`"…," said the mayor`): the inverted
// attribution's subject is the same description as in `the mayor said`
// (AP Stylebook, "said": the verb may precede a subject), so it names the
// person holding that title, the body of that head noun, or the person of
// that age, as definiteSubject, bodySubject and ageSubject resolve it. It
// returns "" when the words after v are no such description or name no
// one.
func (at *attributor) describedObject(k, v int) string {
	p := &at.d.paras[k]
	x := v + 2
	if x >= len(p.toks) || !strings.EqualFold(p.toks[v+1].s, "the") || p.toks[x].sent != p.toks[v].sent || at.quoted(k, x) {
		return ""
	}
	for _, resolve := range []func(int, int) int{at.definiteSubject, at.bodySubject, at.ageSubject} {
		if e := resolve(k, x); e >= 0 {
			return at.ents[e].Name
		}
	}
	return ""
}
