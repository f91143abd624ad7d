package lookup

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"storybot/knowledge"
)

// TestLitGateReads checks the literals read off small patterns: a branch
// without a literal, or an optional word, leaves no gate.
func TestLitGateReads(t *testing.T) {
	for _, c := range []struct {
		re   string
		want []string // nil: no gate
	}{
		{`\bhow (old|tall)\b`, []string{"how "}},
		{`\bwhy\b|\bhow come\b`, []string{"why", "how come"}},
		{`(?i)\bTimeline\b`, []string{"timeline"}},
		{`\bwhy\b|\d+`, nil},
		{`(very )?`, nil},
		{`(?:ab)+c?`, []string{"ab"}},
		{`x{2,3}`, []string{"x"}},
		{`x{0,3}`, nil},
	} {
		got := newLitGate(regexp.MustCompile(c.re))
		if !slices.Equal([]string(got), c.want) {
			t.Errorf("newLitGate(%q) = %q, want %q", c.re, got, c.want)
		}
	}
}

// TestLitGateAdmits checks that the gate ignores case and admits any
// text with non-ASCII letters: (?i)s matches "ſ", which lower-casing does
// not turn into "s".
func TestLitGateAdmits(t *testing.T) {
	re := regexp.MustCompile(`(?i)\bsaid\b`)
	g := newLitGate(re)
	for _, c := range []struct {
		s    string
		want bool
	}{
		{"what SAID he", true},
		{"what did he say", false},
		{"what ſaid he", true},
	} {
		if got := g.admits(c.s); got != c.want {
			t.Errorf("admits(%q) = %v, want %v", c.s, got, c.want)
		}
		if !g.admits(c.s) && re.MatchString(c.s) {
			t.Errorf("%q matches %s but is refused", c.s, re)
		}
	}
}

// TestLitGateNeverRefusesAMatch runs every interrogative pattern over the
// questions of every question file, as classify writes them, and over
// their words one by one: whatever a pattern matches, its gate admits.
func TestLitGateNeverRefusesAMatch(t *testing.T) {
	files, _ := filepath.Glob("../testdata/*_qa.jsonl")
	more, _ := filepath.Glob("../testdata/read/*/art-*_qa.jsonl")
	var texts []string
	for _, f := range append(files, more...) {
		r, err := os.Open(f)
		if err != nil {
			t.Fatal(err)
		}
		cases, err := knowledge.ReadEvalCases(r)
		r.Close()
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			texts = append(texts, c.Q, " "+strings.ToLower(c.Q)+" ")
			texts = append(texts, strings.Fields(c.Q)...)
		}
	}
	if len(texts) < 1000 {
		t.Fatalf("only %d texts", len(texts))
	}
	type pattern struct {
		re *lazyRegexp
		g  litGate
	}
	var ps []pattern
	for i, c := range typeCues {
		ps = append(ps, pattern{c.re, typeCueGates()[i]})
	}
	for i, c := range metaCues {
		ps = append(ps, pattern{c.re, metaCueGates()[i]})
	}
	matched := 0
	for _, p := range ps {
		for _, s := range texts {
			if p.re.MatchString(s) {
				matched++
				if !p.g.admits(s) {
					t.Errorf("%s matches %q, but its gate %q refuses it", p.re, s, p.g)
				}
			}
		}
	}
	if matched == 0 {
		t.Error("no pattern matched any question")
	}
}
