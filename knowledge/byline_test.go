package knowledge

import "testing"

// TestByline: a "By …" line under the headline (or under the caption) is
// the byline, with the agency line right under it, and no paragraph; a
// body paragraph that begins with "By" is none.
func TestByline(t *testing.T) {
	cases := []struct {
		name, text, byline string
		paras              int
	}{
		{"with agency", "Bridge to close\n\nBy Teresa Onwuka\nAssociated Press\n\nMARLOW, Ohio (AP) — The bridge will close.\n", "Teresa Onwuka, Associated Press", 1},
		{"two writers", "Bridge to close\n\nBy ANN LEE and JOSE DIAZ\n\nMARLOW, Ohio (AP) — The bridge will close.\n\nIt opened in 1957.\n", "ANN LEE and JOSE DIAZ", 2},
		{"after the caption", "Bridge to close\nThe Kessler River Bridge (AP Photo/Dan Roe)\nBy Teresa Onwuka\n\nMARLOW, Ohio (AP) — The bridge will close.\n", "Teresa Onwuka", 1},
		{"none", "Fire grows\n\nBy Monday evening the fire covered 11,850 acres.\n\nCrews arrived.\n", "", 2},
	}
	for _, c := range cases {
		a, err := Parse(c.text, Options{})
		if err != nil {
			t.Fatalf("%s: %v", c.name, err)
		}
		if a.Byline != c.byline || len(a.Paragraphs) != c.paras {
			t.Errorf("%s: byline %q with %d paragraphs, want %q with %d", c.name, a.Byline, len(a.Paragraphs), c.byline, c.paras)
		}
	}
}
