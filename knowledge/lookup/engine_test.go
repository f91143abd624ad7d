package lookup

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"

	"storybot/knowledge"
	"storybot/wordnet"
)

// ask answers one question with the lookup answerer over the default
// article.
func ask(t testing.TB, l *Engine, q knowledge.Question) knowledge.Answer {
	t.Helper()
	a, err := l.Answer(context.Background(), q)
	if err != nil {
		t.Fatalf("Answer(%q): %v", q.Text, err)
	}
	return a
}

// checkVerbatim fails when a citation or a quoted span of the answer is not
// in the article.
func checkVerbatim(t *testing.T, art *knowledge.Article, a knowledge.Answer) {
	t.Helper()
	for _, c := range a.Citations {
		if !art.Contains(c.Text) {
			t.Errorf("%q: citation not verbatim: %q", a.Question, c.Text)
		}
		if c.ID != knowledge.CitationID(c.Paragraph) {
			t.Errorf("%q: citation id %q for ¶%d", a.Question, c.ID, c.Paragraph)
		}
	}
	for _, m := range quotedRe.FindAllStringSubmatch(a.Text, -1) {
		if len(strings.Fields(m[1])) >= 5 && !art.Contains(strings.Trim(m[1], " .,")) {
			t.Errorf("%q: quotation not verbatim: %q", a.Question, m[1])
		}
	}
}

func TestAnswers(t *testing.T) {
	art := mustDefault(t)
	l := New(art, testLexicon(t))
	tests := []struct {
		q        string
		found    bool
		contains []string // all must appear in the answer (case-insensitive)
		cite     string   // some citation must hold this
	}{
		{"Who is Sergey Kislyak?", true, []string{"Sergey Kislyak is", "ambassador"}, "Kislyak"},
		{"<@U024BE7LH> who is kisylak", true, []string{"ambassador"}, "Kislyak"},
		{"<@U024BE7LH|storybot> WHO IS MICHAEL FLYNN???", true, []string{"National Security Adviser"}, "Michael Flynn"},
		{"what did flores say", true, []string{"nothing misleading", "25 conversations"}, "Flores"},
		{"Who is the Attorney General?", true, []string{"Jeff Sessions"}, "Attorney-General Jeff Sessions"},
		{"When did Flynn resign?", true, []string{"last month"}, "resignation last month"},
		{"Why did Flynn resign?", true, []string{"revelations"}, "led to Flynn's resignation"},
		{"How many conversations with foreign ambassadors did Sessions conduct?", true, []string{"25"}, "25 conversations"},
		{"Which paper reported that Sessions spoke with the ambassador?", true, []string{"Washington Post"}, "Washington Post"},
		{"When was Jeff Sessions born?", false, []string{"doesn't say"}, ""},
		{"Did Sessions recuse himself?", false, []string{"doesn't say"}, ""},
		{"Who is the president of France?", false, []string{"doesn't say"}, ""},
		{"How tall is Michael Flynn?", false, []string{"doesn't say"}, ""},
		{"What did Flynn say?", false, []string{"doesn't say"}, ""},
		{"?!", false, nil, ""},
	}
	for _, tt := range tests {
		a, err := l.Answer(context.Background(), knowledge.Question{Text: tt.q})
		if tt.q == "?!" {
			if !errors.Is(err, knowledge.ErrEmptyQuestion) {
				t.Errorf("%q: error %v, want knowledge.ErrEmptyQuestion", tt.q, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%q: %v", tt.q, err)
		}
		if a.Found != tt.found {
			t.Errorf("%q: found = %v, want %v (answer %q)", tt.q, a.Found, tt.found, a.Text)
		}
		if a.Mode != knowledge.ModeLookup || a.Question != tt.q || a.Citations == nil {
			t.Errorf("%q: mode %q, question %q, citations %v", tt.q, a.Mode, a.Question, a.Citations)
		}
		for _, w := range tt.contains {
			if !strings.Contains(strings.ToLower(a.Text), strings.ToLower(w)) {
				t.Errorf("%q: answer %q lacks %q", tt.q, a.Text, w)
			}
		}
		if tt.cite != "" {
			ok := false
			for _, c := range a.Citations {
				ok = ok || strings.Contains(c.Text, tt.cite)
			}
			if !ok {
				t.Errorf("%q: no citation holds %q: %+v", tt.q, tt.cite, a.Citations)
			}
		}
		checkVerbatim(t, art, a)
	}
}

func TestAnswerDirectFirst(t *testing.T) {
	l := New(mustDefault(t), testLexicon(t))
	a := ask(t, l, knowledge.Question{Text: "Who is Sergey Kislyak?"})
	if !strings.HasPrefix(a.Text, "Sergey Kislyak is the Russian ambassador to the U.S.") {
		t.Errorf("answer %q does not lead with the role", a.Text)
	}
	b := ask(t, l, knowledge.Question{Text: "<@U0LAN0Z89> who is sergey kislyak?"})
	if a.Text != b.Text {
		t.Errorf("the mention changed the answer:\n%q\n%q", a.Text, b.Text)
	}
}

func TestFollowUp(t *testing.T) {
	l := New(mustDefault(t), testLexicon(t))
	first := ask(t, l, knowledge.Question{Text: "Who is Michael Flynn?"})
	tests := []struct {
		q    string
		want string
		para int
	}{
		{"when did he resign?", "last month", 8},
		{"and why did he resign?", "revelations", 8},
		{"when?", "", 0},
	}
	for _, tt := range tests {
		a := ask(t, l, knowledge.Question{Text: tt.q, History: []knowledge.Turn{{Question: "Who is Michael Flynn?", Answer: first.Text}}})
		if tt.want == "" {
			continue // a bare "when?" must not panic; it may or may not find a date
		}
		if !a.Found || !strings.Contains(a.Text, tt.want) {
			t.Errorf("follow-up %q: %q, want it to hold %q", tt.q, a.Text, tt.want)
		}
		if len(a.Citations) == 0 || a.Citations[0].Paragraph != tt.para {
			t.Errorf("follow-up %q cites %+v, want ¶%d", tt.q, a.Citations, tt.para)
		}
	}
	// The subject comes from the most recent turn.
	a := ask(t, l, knowledge.Question{Text: "what did she say?", History: []knowledge.Turn{
		{Question: "Who is Michael Flynn?", Answer: first.Text},
		{Question: "Who is Sessions' spokeswoman?", Answer: "Sarah Isgur Flores is Sessions' spokeswoman."},
	}})
	if !strings.Contains(a.Text, "nothing misleading") {
		t.Errorf("what did she say? → %q, want Flores's words", a.Text)
	}
	// A subject pronoun points back even when the question names another.
	mc := ask(t, l, knowledge.Question{Text: "Who is John McCain?"})
	a = ask(t, l, knowledge.Question{Text: "did he meet Kislyak?", History: []knowledge.Turn{{Question: "Who is John McCain?", Answer: mc.Text}}})
	if !a.Found || !strings.Contains(a.Text, "did not meet with Kisylak") {
		t.Errorf("did he meet Kislyak? (he = McCain) → %q", a.Text)
	}
	// Without history a pronoun question does not invent a subject.
	if a := ask(t, l, knowledge.Question{Text: "when did he resign?"}); a.Found && !strings.Contains(a.Text, "Flynn") {
		t.Errorf("no history: %q", a.Text)
	}
}

func TestAnswerErrors(t *testing.T) {
	l := New(mustDefault(t), testLexicon(t))
	ctx := context.Background()
	if _, err := l.Answer(ctx, knowledge.Question{Text: "  <@U123>  "}); !errors.Is(err, knowledge.ErrEmptyQuestion) {
		t.Errorf("mention only: %v", err)
	}
	long := strings.Repeat("who is flynn ", knowledge.MaxQuestionBytes/10)
	if _, err := l.Answer(ctx, knowledge.Question{Text: long}); !errors.Is(err, knowledge.ErrQuestionTooLong) {
		t.Errorf("long question: %v", err)
	}
	for _, junk := range []string{"\x00\xff\xfe", "\xc3\x28 flynn \x89PNG", "\"\"\"", "<@U1", "<<>>"} {
		a, err := l.Answer(ctx, knowledge.Question{Text: junk})
		if err != nil && !errors.Is(err, knowledge.ErrEmptyQuestion) {
			t.Errorf("junk %q: %v", junk, err)
		}
		if err == nil && a.Mode != knowledge.ModeLookup {
			t.Errorf("junk %q: mode %q", junk, a.Mode)
		}
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := l.Answer(cancelled, knowledge.Question{Text: "who is flynn"}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
}

func TestAnswerConcurrent(t *testing.T) {
	l := New(mustDefault(t), testLexicon(t))
	qs := []knowledge.Question{
		{Text: "When did Obama announce sanctions?"},
		{Text: "Who hacked the DNC?"},
		{Text: "Who denied that Sessions was untruthful?"},
		{Text: "what did she say?", History: []knowledge.Turn{{Question: "Who is Sessions' spokeswoman?", Answer: "Sarah Isgur Flores is Sessions' spokeswoman."}}},
		{Text: "Did Sessions resign?"},
		{Text: "timeline"},
	}
	want := make([]string, len(qs))
	for i, q := range qs {
		want[i] = ask(t, l, q).Text
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range qs {
				i := (k + g) % len(qs)
				a, err := l.Answer(context.Background(), qs[i])
				if err != nil || a.Text != want[i] {
					t.Errorf("concurrent answer %q, %v", a.Text, err)
				}
			}
		}()
	}
	wg.Wait()
}

// TestSecondArticleAnswers asks about a different story: nothing in the
// answerer knows either article.
func TestSecondArticleAnswers(t *testing.T) {
	text, err := os.ReadFile("../testdata/council.txt")
	if err != nil {
		t.Fatal(err)
	}
	art, err := knowledge.Parse(string(text), knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	l := New(art, testLexicon(t))
	tests := []struct {
		q, want string
		found   bool
	}{
		{"Who is the finance chair?", "Maria Delgado", true},
		{"Who is Tom Reyes?", "Ortega's spokesman", true},
		{"What did Kim say?", "Taxpayers deserve to know", true},
		{"When did the water main break?", "Last month", true},
		{"How much money does the mayor want for road repairs?", "$4.2 million", true},
		{"Who is Sergey Kislyak?", "doesn't say", false},
	}
	for _, tt := range tests {
		a := ask(t, l, knowledge.Question{Text: tt.q})
		if a.Found != tt.found || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q → found=%v %q, want found=%v and %q", tt.q, a.Found, a.Text, tt.found, tt.want)
		}
		checkVerbatim(t, art, a)
	}
}

func TestEmptyArticleLookup(t *testing.T) {
	l := New(&knowledge.Article{}, testLexicon(t))
	for _, q := range []string{"Who is Flynn?", "when?", "what did he say", "how many"} {
		a, err := l.Answer(context.Background(), knowledge.Question{Text: q, History: []knowledge.Turn{{Question: "who is he", Answer: "x"}}})
		if err != nil || a.Found {
			t.Errorf("%q over no article: %+v, %v", q, a, err)
		}
	}
}

// testArticles returns the default article and every article in testdata.
func testArticles(t *testing.T) map[string]*knowledge.Article {
	t.Helper()
	out := map[string]*knowledge.Article{"default": mustDefault(t)}
	files, _ := filepath.Glob(filepath.Join("..", "testdata", "*.txt"))
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		a, err := knowledge.Parse(string(text), knowledge.Options{})
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
		l := New(art, testLexicon(t))
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
				a, err := l.Answer(context.Background(), knowledge.Question{Text: q})
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
	l := New(mustDefault(t), testLexicon(t))
	for _, q := range []string{"How many times did Sessions speak with the ambassador?", "how often did Flynn and Kislyak talk?",
		"how many conversations did Sessions have?"} {
		a := ask(t, l, knowledge.Question{Text: q})
		m := countRe.FindStringSubmatch(a.Text)
		if !a.Found || m == nil {
			t.Errorf("%q: no count first: %q", q, a.Text)
			continue
		}
		if notUnits[strings.ToLower(m[2])] || stopWords[strings.ToLower(m[2])] {
			t.Errorf("%q: count phrase %q swallows %q", q, m[0], m[2])
		}
	}
}

// TestVerdictOnlyForStatedActs checks that a yes/no answer gives no verdict
// when the cited sentence only reports someone's claim.
func TestVerdictOnlyForStatedActs(t *testing.T) {
	l := New(mustDefault(t), testLexicon(t))
	for _, q := range []string{"Did Sessions have contact with Russian officials?", "Did Sessions meet any Russian officials to discuss issues?"} {
		a := ask(t, l, knowledge.Question{Text: q})
		if strings.HasPrefix(a.Text, "Yes") || strings.HasPrefix(a.Text, "No") {
			t.Errorf("%q: a claim answered as fact: %q", q, a.Text)
		}
	}
}

// TestRoleCitesNameFirst checks that a "who is" answer for a person with a
// role cites first a sentence that names them.
func TestRoleCitesNameFirst(t *testing.T) {
	for name, art := range testArticles(t) {
		l := New(art, testLexicon(t))
		for _, e := range art.Entities {
			if e.Kind != knowledge.Person || e.Role == "" {
				continue
			}
			a := ask(t, l, knowledge.Question{Text: "Who is " + e.Name + "?"})
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
	art, err := knowledge.Parse(text, knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	l := New(art, testLexicon(t))
	for _, q := range []string{"Which ports will stay shut?", "what ports stay shut until Wednesday"} {
		a := ask(t, l, knowledge.Question{Text: q})
		if !strings.Contains(a.Text, "Galveston, Freeport, Corpus Christi and Houston ports") {
			t.Errorf("%q: want the whole list, got %q", q, a.Text)
		}
		checkVerbatim(t, art, a)
	}
	if a := ask(t, l, knowledge.Question{Text: "How many ports will stay shut?"}); !strings.HasPrefix(a.Text, "Four") {
		t.Errorf("a list's items are its count: got %q", a.Text)
	}
}

// TestPassingRoles checks that roles given in passing ("while still …",
// "as a …", "former …") are the person's, and answer job questions.
func TestPassingRoles(t *testing.T) {
	text := "Bridge plan stalls\n\nThe city's bridge plan stalled on Monday, Mayor Tom Reyes said.\n\n" +
		"While still a state senator, Ann Lee voted against the plan. Lee, as a member of the Transport Committee, asked for a new study.\n\n" +
		"Reyes said the former governor Carl Diaz had backed it.\n"
	art, err := knowledge.Parse(text, knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	l := New(art, testLexicon(t))
	for _, c := range []struct{ q, want string }{
		{"What was Ann Lee's job?", "state senator"},
		{"what position did Lee hold", "member of the Transport Committee"},
		{"What was Carl Diaz's previous role?", "former governor"},
		{"Was Lee a senator?", "Yes"},
	} {
		a := ask(t, l, knowledge.Question{Text: c.q})
		if !a.Found || !strings.Contains(a.Text, c.want) {
			t.Errorf("%q: want %q, got %q", c.q, c.want, a.Text)
		}
		checkVerbatim(t, art, a)
	}
	if a := ask(t, l, knowledge.Question{Text: "Was Reyes a senator?"}); a.Found {
		t.Errorf("Reyes is given no such role, got %q", a.Text)
	}
}

// TestNoRepeatedPassage checks that answers which lead with a part of a
// sentence (a reason, a list) do not repeat it beside the sentence.
func TestNoRepeatedPassage(t *testing.T) {
	l := New(mustDefault(t), testLexicon(t))
	for _, q := range []string{"Why did Flynn resign?", "Why is Sessions under attack?",
		"Which countries' ambassadors did Sessions speak with?", "What was Sessions' job before Attorney-General?"} {
		a := ask(t, l, knowledge.Question{Text: q})
		if r := repeatedRun(a.Text, 8); r != "" {
			t.Errorf("%q repeats %q: %q", q, r, a.Text)
		}
	}
}

// qualifierText is a made-up story with two ambassadors of different
// countries, a president given no nationality, a party-and-state tag, a
// party appositive and a body named later by its common noun.
const qualifierText = "Envoys meet senators\n\n" +
	"The Budget Panel held hearings last week. " +
	"French ambassador Anne Roche met Sen. Mark Hale, D-Ore., the panel's chairman, on Monday.\n\n" +
	"Roche said the talks were useful. German ambassador Karl Weiss did not attend.\n\n" +
	"Hale's spokesman, Ben Ortiz, said then-President Paul Grant had asked for the talks. " +
	"Council member Ruth Abel, a Republican, criticised the meeting.\n"

// TestQualifiedTitles checks that a title's qualifier (nationality,
// possessor, party, place) must be the holder's own, that a body named by
// its common noun is named in the answer, and that a party-and-state tag
// answers state and party questions.
func TestQualifiedTitles(t *testing.T) {
	art, err := knowledge.Parse(qualifierText, knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	l := New(art, testLexicon(t))
	for _, c := range []struct{ q, want string }{
		{"Who is the French ambassador?", "Roche"},
		{"Who is the German ambassador?", "Weiss"},
		{"Who is Hale's spokesman?", "Ortiz"},
		{"Which state does Hale represent?", "Oregon"},
		{"Where is Mark Hale from?", "Oregon"},
		{"Is Hale a Democrat?", "Yes"},
		{"Is Hale a Republican?", "No"},
		{"Who represents Oregon?", "Hale"},
		{"Who is the Democratic senator?", "Hale"},
		{"What party is Ruth Abel in?", "Republican"},
		{"Which panel does Hale chair?", "Budget Panel"},
		{"What country does Anne Roche represent?", "French"},
	} {
		a := ask(t, l, knowledge.Question{Text: c.q})
		if !a.Found || !strings.Contains(a.Text, c.want) {
			t.Errorf("%q: want found with %q, got %v %q", c.q, c.want, a.Found, a.Text)
		}
		checkVerbatim(t, art, a)
	}
	for _, q := range []string{
		"Who is the French president?",   // the president has no nationality here
		"Who is the Italian ambassador?", // no such ambassador
		"Who is Roche's spokesman?",      // the spokesman is Hale's
		"Who is the Republican senator?", // Hale is a Democrat
		"What did the German president say?",
		"Which state does Ruth Abel represent?",
	} {
		if a := ask(t, l, knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: the story doesn't say, got %q", q, a.Text)
		}
	}
	if a := ask(t, l, knowledge.Question{Text: "Who is the Russian president?"}); a.Found {
		t.Errorf("a president without nationality is no Russian president, got %q", a.Text)
	}
}

// quotedRe finds the double-quoted spans of an answer.
var quotedRe = regexp.MustCompile(`"([^"]+)"`)

// notUnits are words a count phrase must not swallow ("Twice last").
var notUnits = map[string]bool{"last": true, "next": true, "this": true, "that": true, "more": true,
	"less": true, "fewer": true, "ago": true, "earlier": true, "later": true}

// mustDefault parses the embedded article or stops the test.
func mustDefault(t testing.TB) *knowledge.Article {
	t.Helper()
	a, err := knowledge.Default(knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// TestThirdArticleAnswers asks about the breach story in testdata.
func TestThirdArticleAnswers(t *testing.T) {
	text, err := os.ReadFile("../testdata/breach.txt")
	if err != nil {
		t.Fatal(err)
	}
	a, err := knowledge.Parse(string(text), knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	l := New(a, testLexicon(t))
	for q, want := range map[string]string{"How much was the fine?": "12 million euros", "How many customers?": "3 million customers", "When was the breach discovered?": "February 2023"} {
		if got := ask(t, l, knowledge.Question{Text: q}); !got.Found || !strings.Contains(got.Text, want) {
			t.Errorf("%q → %q, want %q", q, got.Text, want)
		}
	}
}

// testLexicon is WordNet when it is installed, else nil (the engine then
// answers without synonyms; the floor test is skipped).
func testLexicon(t testing.TB) Lexicon {
	w, err := wordnet.Open(wordnet.DefaultDir)
	if err != nil {
		t.Logf("answering without WordNet: %v", err)
		return nil
	}
	return w
}
