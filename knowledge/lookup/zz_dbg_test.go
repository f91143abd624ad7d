package lookup

import "testing"

func TestZZDbg(t *testing.T) {
	e := engineOf(t, "Title\n\nThe species total climbed by nine from last year's 109, largely because a mild December left much of the Lake Michigan shoreline free of ice, Vega said.\n")
	q := e.understand("how many more species than last year", nil)
	d, ok := e.askedChange(q)
	t.Logf("change %v %v toks %v", d, ok, len(q.toks))
	for si := range e.r.sents {
		s := &e.r.sents[si]
		for _, n := range s.nums {
			t.Logf("%q unit %q changeAct %v kinds %v", s.toks[n.tok].text, n.unit, e.changeAct(q, s, n), n.kind)
		}
	}
}
