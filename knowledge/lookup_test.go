package knowledge

import (
	"context"
	"errors"
	"os"
	"strings"
	"sync"
	"testing"
)

// ask answers one question with the lookup answerer over the default
// article.
func ask(t testing.TB, l *Lookup, q Question) Answer {
	t.Helper()
	a, err := l.Answer(context.Background(), q)
	if err != nil {
		t.Fatalf("Answer(%q): %v", q.Text, err)
	}
	return a
}

// checkVerbatim fails when a citation or a quoted span of the answer is not
// in the article.
func checkVerbatim(t *testing.T, art *Article, a Answer) {
	t.Helper()
	for _, c := range a.Citations {
		if !art.Contains(c.Text) {
			t.Errorf("%q: citation not verbatim: %q", a.Question, c.Text)
		}
		if c.ID != CitationID(c.Paragraph) {
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
	art := mustDefault(t, Options{})
	l := NewLookup(art)
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
		a, err := l.Answer(context.Background(), Question{Text: tt.q})
		if tt.q == "?!" {
			if !errors.Is(err, ErrEmptyQuestion) {
				t.Errorf("%q: error %v, want ErrEmptyQuestion", tt.q, err)
			}
			continue
		}
		if err != nil {
			t.Fatalf("%q: %v", tt.q, err)
		}
		if a.Found != tt.found {
			t.Errorf("%q: found = %v, want %v (answer %q)", tt.q, a.Found, tt.found, a.Text)
		}
		if a.Mode != ModeLookup || a.Question != tt.q || a.Citations == nil {
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
	l := NewLookup(mustDefault(t, Options{}))
	a := ask(t, l, Question{Text: "Who is Sergey Kislyak?"})
	if !strings.HasPrefix(a.Text, "Sergey Kislyak is the Russian ambassador to the U.S.") {
		t.Errorf("answer %q does not lead with the role", a.Text)
	}
	b := ask(t, l, Question{Text: "<@U0LAN0Z89> who is sergey kislyak?"})
	if a.Text != b.Text {
		t.Errorf("the mention changed the answer:\n%q\n%q", a.Text, b.Text)
	}
}

func TestFollowUp(t *testing.T) {
	l := NewLookup(mustDefault(t, Options{}))
	first := ask(t, l, Question{Text: "Who is Michael Flynn?"})
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
		a := ask(t, l, Question{Text: tt.q, History: []Turn{{Question: "Who is Michael Flynn?", Answer: first.Text}}})
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
	a := ask(t, l, Question{Text: "what did she say?", History: []Turn{
		{Question: "Who is Michael Flynn?", Answer: first.Text},
		{Question: "Who is Sessions' spokeswoman?", Answer: "Sarah Isgur Flores is Sessions' spokeswoman."},
	}})
	if !strings.Contains(a.Text, "nothing misleading") {
		t.Errorf("what did she say? → %q, want Flores's words", a.Text)
	}
	// A subject pronoun points back even when the question names another.
	mc := ask(t, l, Question{Text: "Who is John McCain?"})
	a = ask(t, l, Question{Text: "did he meet Kislyak?", History: []Turn{{Question: "Who is John McCain?", Answer: mc.Text}}})
	if !a.Found || !strings.Contains(a.Text, "did not meet with Kisylak") {
		t.Errorf("did he meet Kislyak? (he = McCain) → %q", a.Text)
	}
	// Without history a pronoun question does not invent a subject.
	if a := ask(t, l, Question{Text: "when did he resign?"}); a.Found && !strings.Contains(a.Text, "Flynn") {
		t.Errorf("no history: %q", a.Text)
	}
}

func TestAnswerErrors(t *testing.T) {
	l := NewLookup(mustDefault(t, Options{}))
	ctx := context.Background()
	if _, err := l.Answer(ctx, Question{Text: "  <@U123>  "}); !errors.Is(err, ErrEmptyQuestion) {
		t.Errorf("mention only: %v", err)
	}
	long := strings.Repeat("who is flynn ", MaxQuestionBytes/10)
	if _, err := l.Answer(ctx, Question{Text: long}); !errors.Is(err, ErrQuestionTooLong) {
		t.Errorf("long question: %v", err)
	}
	for _, junk := range []string{"\x00\xff\xfe", "\xc3\x28 flynn \x89PNG", "\"\"\"", "<@U1", "<<>>"} {
		a, err := l.Answer(ctx, Question{Text: junk})
		if err != nil && !errors.Is(err, ErrEmptyQuestion) {
			t.Errorf("junk %q: %v", junk, err)
		}
		if err == nil && a.Mode != ModeLookup {
			t.Errorf("junk %q: mode %q", junk, a.Mode)
		}
	}
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if _, err := l.Answer(cancelled, Question{Text: "who is flynn"}); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled context: %v", err)
	}
}

func TestAnswerConcurrent(t *testing.T) {
	l := NewLookup(mustDefault(t, Options{}))
	qs := []Question{
		{Text: "When did Obama announce sanctions?"},
		{Text: "Who hacked the DNC?"},
		{Text: "Who denied that Sessions was untruthful?"},
		{Text: "what did she say?", History: []Turn{{Question: "Who is Sessions' spokeswoman?", Answer: "Sarah Isgur Flores is Sessions' spokeswoman."}}},
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
	text, err := os.ReadFile("testdata/council.txt")
	if err != nil {
		t.Fatal(err)
	}
	art, err := Parse(string(text), Options{})
	if err != nil {
		t.Fatal(err)
	}
	l := NewLookup(art)
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
		a := ask(t, l, Question{Text: tt.q})
		if a.Found != tt.found || !strings.Contains(a.Text, tt.want) {
			t.Errorf("%q → found=%v %q, want found=%v and %q", tt.q, a.Found, a.Text, tt.found, tt.want)
		}
		checkVerbatim(t, art, a)
	}
}

func TestEmptyArticleLookup(t *testing.T) {
	l := NewLookup(&Article{})
	for _, q := range []string{"Who is Flynn?", "when?", "what did he say", "how many"} {
		a, err := l.Answer(context.Background(), Question{Text: q, History: []Turn{{Question: "who is he", Answer: "x"}}})
		if err != nil || a.Found {
			t.Errorf("%q over no article: %+v, %v", q, a, err)
		}
	}
}
