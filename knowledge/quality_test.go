package knowledge

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// testArticles returns the default article and every article in testdata.
func testArticles(t *testing.T) map[string]*Article {
	t.Helper()
	out := map[string]*Article{"default": mustDefault(t, Options{})}
	files, _ := filepath.Glob(filepath.Join("testdata", "*.txt"))
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := Parse(string(text), Options{})
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		out[filepath.Base(f)] = a
	}
	return out
}

// entityQuestions are the shapes a reporter asks about one entity.
var entityQuestions = []string{"Who is %s?", "tell me about %s", "what do we know about %s", "%s?",
	"what's %s's role", "what happened to %s", "what did %s say?", "quote %s"}

// TestAnswerShape checks, for every entity of every test article and every
// question shape, properties every answer must have: no sentence of the
// article shown twice in one answer, citations distinct and verbatim, and
// several quotations on separate lines.
func TestAnswerShape(t *testing.T) {
	for name, art := range testArticles(t) {
		l := NewLookup(art)
		var sents []string
		for _, p := range art.Paragraphs {
			for _, s := range p.Sentences {
				if len(s) > 40 {
					sents = append(sents, s)
				}
			}
		}
		for _, e := range art.Entities {
			for _, shape := range entityQuestions {
				q := strings.ReplaceAll(shape, "%s", e.Name)
				a, err := l.Answer(context.Background(), Question{Text: q})
				if err != nil {
					t.Fatalf("%s: %q: %v", name, q, err)
				}
				checkVerbatim(t, art, a)
				for _, s := range sents {
					if n := strings.Count(a.Text, s); n > 1 {
						t.Errorf("%s: %q shows a sentence %d times: %q", name, q, n, a.Text)
					}
				}
				if r := repeatedRun(a.Text, 10); r != "" {
					t.Errorf("%s: %q repeats %q: %q", name, q, r, a.Text)
				}
				for i, c := range a.Citations {
					for _, d := range a.Citations[:i] {
						if c == d {
							t.Errorf("%s: %q cites %q twice", name, q, c.Text)
						}
					}
				}
				if strings.Count(a.Text, "(¶") > 1 && strings.Count(a.Text, `"`) >= 4 && strings.HasPrefix(shape, "quote") && !strings.Contains(a.Text, "\n") {
					t.Errorf("%s: %q: several quotations on one line: %q", name, q, a.Text)
				}
			}
		}
	}
}

// countRe is the count an answer opens with, and the word after it.
var countRe = regexp.MustCompile(`^(\S+)(?: (\S+))?\. `)

// TestCountPhrase checks that a count answer opens with the count and at
// most the noun it counts, never a time word ("Twice last").
func TestCountPhrase(t *testing.T) {
	l := NewLookup(mustDefault(t, Options{}))
	for _, q := range []string{"How many times did Sessions speak with the ambassador?", "how often did Flynn and Kislyak talk?",
		"how many conversations did Sessions have?"} {
		a := ask(t, l, Question{Text: q})
		m := countRe.FindStringSubmatch(a.Text)
		if !a.Found || m == nil {
			t.Errorf("%q: no count first: %q", q, a.Text)
			continue
		}
		if notUnits[strings.ToLower(m[2])] || stopwords[strings.ToLower(m[2])] {
			t.Errorf("%q: count phrase %q swallows %q", q, m[0], m[2])
		}
	}
}

// TestVerdictOnlyForStatedActs checks that a yes/no answer gives no verdict
// when the cited sentence only reports someone's claim.
func TestVerdictOnlyForStatedActs(t *testing.T) {
	l := NewLookup(mustDefault(t, Options{}))
	for _, q := range []string{"Did Sessions have contact with Russian officials?", "Did Sessions meet any Russian officials to discuss issues?"} {
		a := ask(t, l, Question{Text: q})
		if strings.HasPrefix(a.Text, "Yes") || strings.HasPrefix(a.Text, "No") {
			t.Errorf("%q: a claim answered as fact: %q", q, a.Text)
		}
	}
}

// TestRoleCitesNameFirst checks that a "who is" answer for a person with a
// role cites first a sentence that names them.
func TestRoleCitesNameFirst(t *testing.T) {
	for name, art := range testArticles(t) {
		l := NewLookup(art)
		for _, e := range art.Entities {
			if e.Kind != Person || e.Role == "" {
				continue
			}
			a := ask(t, l, Question{Text: "Who is " + e.Name + "?"})
			if len(a.Citations) == 0 {
				continue
			}
			named := false
			for _, n := range append([]string{e.Name}, e.Aliases...) {
				named = named || strings.Contains(a.Citations[0].Text, n)
			}
			if !named {
				t.Errorf("%s: %q cites first a sentence without the name: %q", name, "Who is "+e.Name, a.Citations[0].Text)
			}
		}
	}
}

// repeatedRun returns a run of n words that occurs twice in s, or "".
func repeatedRun(s string, n int) string {
	f := strings.Fields(s)
	seen := map[string]bool{}
	for i := 0; i+n <= len(f); i++ {
		k := strings.Join(f[i:i+n], " ")
		if seen[k] {
			return k
		}
		seen[k] = true
	}
	return ""
}

// TestListAnswer checks that a "which …" question whose noun heads an
// enumeration is answered with the whole enumeration.
func TestListAnswer(t *testing.T) {
	text := "Storm shuts ports\n\nA storm closed ports on Sunday, the Coast Guard said.\n\n" +
		"Officials said the Galveston, Freeport, Corpus Christi and Houston ports would stay shut until Wednesday. " +
		"Captain Ana Ruiz said crews were inspecting the channels.\n"
	art, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	l := NewLookup(art)
	for _, q := range []string{"Which ports will stay shut?", "what ports stay shut until Wednesday"} {
		a := ask(t, l, Question{Text: q})
		if !strings.Contains(a.Text, "Galveston, Freeport, Corpus Christi and Houston ports") {
			t.Errorf("%q: want the whole list, got %q", q, a.Text)
		}
		checkVerbatim(t, art, a)
	}
	if a := ask(t, l, Question{Text: "How many ports will stay shut?"}); !strings.HasPrefix(a.Text, "Four") {
		t.Errorf("a list's items are its count: got %q", a.Text)
	}
}

// TestPassingRoles checks that roles given in passing ("while still …",
// "as a …", "former …") are the person's, and answer job questions.
func TestPassingRoles(t *testing.T) {
	text := "Bridge plan stalls\n\nThe city's bridge plan stalled on Monday, Mayor Tom Reyes said.\n\n" +
		"While still a state senator, Ann Lee voted against the plan. Lee, as a member of the Transport Committee, asked for a new study.\n\n" +
		"Reyes said the former governor Carl Diaz had backed it.\n"
	art, err := Parse(text, Options{})
	if err != nil {
		t.Fatal(err)
	}
	l := NewLookup(art)
	for _, c := range []struct{ q, want string }{
		{"What was Ann Lee's job?", "state senator"},
		{"what position did Lee hold", "member of the Transport Committee"},
		{"What was Carl Diaz's previous role?", "former governor"},
		{"Was Lee a senator?", "Yes"},
	} {
		a := ask(t, l, Question{Text: c.q})
		if !a.Found || !strings.Contains(a.Text, c.want) {
			t.Errorf("%q: want %q, got %q", c.q, c.want, a.Text)
		}
		checkVerbatim(t, art, a)
	}
	if a := ask(t, l, Question{Text: "Was Reyes a senator?"}); a.Found {
		t.Errorf("Reyes is given no such role, got %q", a.Text)
	}
}

// TestNoRepeatedPassage checks that answers which lead with a part of a
// sentence (a reason, a list) do not repeat it beside the sentence.
func TestNoRepeatedPassage(t *testing.T) {
	l := NewLookup(mustDefault(t, Options{}))
	for _, q := range []string{"Why did Flynn resign?", "Why is Sessions under attack?",
		"Which countries' ambassadors did Sessions speak with?", "What was Sessions' job before Attorney-General?"} {
		a := ask(t, l, Question{Text: q})
		if r := repeatedRun(a.Text, 8); r != "" {
			t.Errorf("%q repeats %q: %q", q, r, a.Text)
		}
	}
}
