package lookup

import (
	"strings"
	"testing"

	"storybot/knowledge"
	"storybot/moby"
)

// mobyLexicon is the test lexicon with Moby Thesaurus II, as cmd/bot
// opens it.
type mobyLexicon struct {
	Lexicon
	*moby.Thesaurus
}

func TestThesaurusRelated(t *testing.T) {
	lex := testLexicon(t)
	if lex == nil {
		t.Skip("no WordNet")
	}
	text := "Storm damage closes county fairgrounds\n\nMILTON (AP) — A storm ripped the roof off the main barn at the Milton County fairgrounds on Tuesday night.\n\n" +
		"Fixing the barn will cost about $310,000, fair manager Rita Gomez said.\n\n" +
		"Shares of Barnwell Insurance, which covers the fairgrounds, dropped 3% on Wednesday.\n"
	a, err := knowledge.Parse(text, knowledge.Options{})
	if err != nil {
		t.Fatal(err)
	}
	e := New(a, mobyLexicon{lex, moby.Open()})
	checkAnswers(t, e, []answerCase{
		// the article never says "stock"; Moby Thesaurus relates it to its "shares"
		{"how much did the stock go down", []string{"3%"}, nil},
		{"how much did the insurer's stock fall", []string{"3%"}, nil},
	})
	checkRefusals(t, e, "how much did the rent go down", "is the stock insured")
	// the reader is told which word stood for theirs
	a2, err := e.Answer(t.Context(), knowledge.Question{Text: "how much did the stock go down"})
	if err != nil {
		t.Fatal(err)
	}
	if want := `reads "stock" as "share"`; !strings.Contains(a2.Text, want) {
		t.Errorf("answer %q does not say it %s", a2.Text, want)
	}
}

func checkRefusals(t *testing.T, e *Engine, qs ...string) {
	t.Helper()
	for _, q := range qs {
		if a, _ := e.Answer(t.Context(), knowledge.Question{Text: q}); a.Found {
			t.Errorf("%q: want a refusal, got %s", q, a.Text)
		}
	}
}

func TestQuotedOrQuotesEachWord(t *testing.T) {
	for _, c := range []struct {
		words []string
		want  string
	}{
		{[]string{"rebuild"}, `"rebuild"`},
		{[]string{"rebuild", "storm"}, `"rebuild" or "storm"`},
		{[]string{"a", "b", "c"}, `"a", "b" or "c"`},
	} {
		if got := quotedOr(c.words); got != c.want {
			t.Errorf("quotedOr(%q) = %s, want %s", c.words, got, c.want)
		}
	}
}
