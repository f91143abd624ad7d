package knowledge_test

// Fuzz targets for the two places storybot meets untrusted text: the article
// it is given (ARTICLE_FILE / --article) and the questions people type.
//
// Run one for a while with, for example:
//
//	go test ./knowledge -run '^$' -fuzz FuzzParse -fuzztime 30s
//	go test ./knowledge -run '^$' -fuzz FuzzAnswer -fuzztime 30s
//
// The seed corpora in testdata/fuzz run as ordinary tests with go test.

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"storybot/knowledge"
	"storybot/knowledge/lookup"
)

// fuzzPublished is the publication date given to Parse when the fuzzer
// asks for one, so relative dates ("last year") get resolved too.
var fuzzPublished = time.Date(2017, time.March, 2, 0, 0, 0, 0, time.UTC)

func FuzzParse(f *testing.F) {
	article := knowledge.DefaultText()
	f.Add(article, false)
	f.Add(article, true)
	f.Add(strings.ReplaceAll(article, "\n", "\r\n"), true)
	f.Add("", false)
	f.Add("Title only", false)
	f.Add("Title\n\n\"An unterminated quote, said Smith.\n\nLast year, in March 2016, he spoke.", true)
	f.Add("T\nT caption\n\n“Curly ‘nested” quotes,” she said. ”Backwards“ ones too.", true)
	f.Add("\x00\xff\xfe\n\n\xc3\x28 invalid utf-8 \xe2\x82", false)
	f.Add("Title\n\n"+strings.Repeat("word ", 2000), true)
	f.Add("Title\n\n\"\"\n\n\"\n\n”“", false)
	f.Add("Dec. 29\n\nOn Dec. 29, 2016 and last month and in 1999, Sen. A. B. Smith, R-Ala., said \"x.\"", true)

	f.Fuzz(func(t *testing.T, text string, dated bool) {
		opts := knowledge.Options{}
		if dated {
			opts.Published = fuzzPublished
		}
		a, err := knowledge.Parse(text, opts)
		if err != nil {
			return // rejecting input is fine; panicking is not
		}
		if a == nil {
			t.Fatal("Parse returned nil article and nil error")
		}
		checkArticle(t, text, a)
	})
}

// checkArticle verifies that everything Parse extracted is the input's own
// words: paragraphs verbatim in the text, sentences in their paragraph,
// every citation in the paragraph it names and every quote in a paragraph
// it cites. "Verbatim in the text" allows what a parser of arbitrary bytes
// must or may reasonably do to the layout: invalid UTF-8 replaced by U+FFFD,
// and white space changed (line endings, hard-wrapped lines joined); the
// words and punctuation must be the input's, in order. Citations and quotes
// are held to the paragraph text byte for byte.
func checkArticle(t *testing.T, text string, a *knowledge.Article) {
	t.Helper()
	flat := collapseSpace(strings.ToValidUTF8(text, "\uFFFD"))
	inText := func(s string) bool {
		return strings.Contains(text, s) || strings.Contains(flat, collapseSpace(s))
	}

	if len(a.Paragraphs) == 0 {
		t.Fatal("Parse succeeded with no paragraphs")
	}
	if !inText(a.Title) {
		t.Errorf("title %q is not in the input", a.Title)
	}
	if !inText(a.Caption) {
		t.Errorf("caption %q is not in the input", a.Caption)
	}
	for i, p := range a.Paragraphs {
		if p.N != i+1 {
			t.Errorf("paragraph %d is numbered %d", i+1, p.N)
		}
		if strings.TrimSpace(p.Text) == "" {
			t.Errorf("paragraph %d is empty", p.N)
		}
		if !inText(p.Text) {
			t.Errorf("paragraph %d %q is not verbatim in the input", p.N, short(p.Text))
		}
		for _, s := range p.Sentences {
			if !strings.Contains(p.Text, s) {
				t.Errorf("paragraph %d: sentence %q is not verbatim in it", p.N, short(s))
			}
		}
	}
	for _, q := range a.Quotes {
		if len(q.Citations) == 0 {
			t.Errorf("quote %q has no citation", short(q.Text))
		}
		inCited := false
		for _, c := range q.Citations {
			checkCitation(t, a, "quote "+fmt.Sprintf("%q", short(q.Text)), c)
			if p, ok := paragraph(a, c.Paragraph); ok && strings.Contains(p.Text, q.Text) {
				inCited = true
			}
		}
		if len(q.Citations) > 0 && !inCited {
			t.Errorf("quote %q is not verbatim in any paragraph it cites %v", short(q.Text), citationIDs(q.Citations))
		}
	}
	for _, e := range a.Events {
		for _, c := range e.Citations {
			checkCitation(t, a, "event "+fmt.Sprintf("%q", short(e.When)), c)
		}
	}
	for _, e := range a.Entities {
		last := 0
		for _, n := range e.Paragraphs {
			if _, ok := paragraph(a, n); !ok {
				t.Errorf("entity %q: paragraph %d does not exist", e.Name, n)
			}
			if n <= last {
				t.Errorf("entity %q: paragraphs %v not strictly ascending", e.Name, e.Paragraphs)
				break
			}
			last = n
		}
	}
}

// collapseSpace returns s with each run of white space made one space and
// the ends trimmed.
func collapseSpace(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// checkCitation verifies that c names an existing paragraph, that its ID
// matches, and that its text is verbatim in that paragraph.
func checkCitation(t *testing.T, a *knowledge.Article, where string, c knowledge.Citation) {
	t.Helper()
	if c.Paragraph == 0 && (c.ID == "title" && c.Text == a.Title || c.ID == "caption" && c.Text == a.Caption) {
		return // the headline or the photo caption, cited whole
	}
	p, ok := paragraph(a, c.Paragraph)
	if !ok {
		t.Errorf("%s: citation %s names paragraph %d of %d", where, c.ID, c.Paragraph, len(a.Paragraphs))
		return
	}
	if c.ID != knowledge.CitationID(c.Paragraph) {
		t.Errorf("%s: citation id %q for paragraph %d, want %q", where, c.ID, c.Paragraph, knowledge.CitationID(c.Paragraph))
	}
	if c.Text == "" {
		t.Errorf("%s: citation %s has no text", where, c.ID)
	} else if !strings.Contains(p.Text, c.Text) {
		t.Errorf("%s: citation %s text %q is not verbatim in ¶%d", where, c.ID, short(c.Text), c.Paragraph)
	}
}

func paragraph(a *knowledge.Article, n int) (knowledge.Paragraph, bool) {
	if n < 1 || n > len(a.Paragraphs) {
		return knowledge.Paragraph{}, false
	}
	return a.Paragraphs[n-1], true
}

func citationIDs(cs []knowledge.Citation) []string {
	ids := make([]string, len(cs))
	for i, c := range cs {
		ids[i] = c.ID
	}
	return ids
}

// short shortens s for failure messages.
func short(s string) string {
	if len(s) > 120 {
		return s[:120] + "…"
	}
	return s
}

// fuzzArticle parses the default article once for all FuzzAnswer inputs.
var fuzzArticle = sync.OnceValues(func() (*knowledge.Article, error) {
	return knowledge.Default(knowledge.Options{Published: fuzzPublished})
})

// fuzzEngine builds the lookup answerer once for all FuzzAnswer inputs.
var fuzzEngine = sync.OnceValues(func() (*lookup.Engine, error) {
	a, err := fuzzArticle()
	if err != nil {
		return nil, err
	}
	return lookup.New(a, nil), nil
})

func FuzzAnswer(f *testing.F) {
	for _, q := range []string{
		"Who is Sergey Kislyak?",
		"<@U0123ABCD> who is the spokeswoman for Sessions?",
		"When did Sessions meet the ambassador?",
		"what did McCain say",
		"Is the moon made of cheese?",
		"",
		"   \t\n ",
		"???!!!",
		"<@U0123ABCD>",
		"“Sessions” \"Kislyak\" 'Flores'",
		"\x00\xff\xfe\xc3\x28",
		"Кто такой Кисляк? 谁是塞申斯？ 🇺🇸🇷🇺",
		strings.Repeat("Sessions ", knowledge.MaxQuestionBytes/9+1),
		strings.Repeat("a", knowledge.MaxQuestionBytes),
	} {
		f.Add(q, "")
	}
	f.Add("When was that?", "Who is Sergey Kislyak?")
	f.Add("and him?", "\xff")

	f.Fuzz(func(t *testing.T, question, earlier string) {
		a, err := fuzzArticle()
		if err != nil {
			t.Fatalf("default article: %v", err)
		}
		q := knowledge.Question{Text: question}
		if earlier != "" {
			q.History = []knowledge.Turn{{Question: earlier, Answer: "The article does not say."}}
		}
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		eng, err := fuzzEngine()
		if err != nil {
			t.Fatalf("default article: %v", err)
		}
		ans, err := eng.Answer(ctx, q)
		if err != nil {
			if !errors.Is(err, knowledge.ErrEmptyQuestion) && !errors.Is(err, knowledge.ErrQuestionTooLong) {
				t.Fatalf("Answer(%q): unexpected error %v", short(question), err)
			}
			if errors.Is(err, knowledge.ErrQuestionTooLong) && len(question) <= knowledge.MaxQuestionBytes {
				t.Errorf("Answer: %d-byte question called too long (limit %d)", len(question), knowledge.MaxQuestionBytes)
			}
			return
		}
		if strings.TrimSpace(ans.Text) == "" {
			t.Errorf("Answer(%q): empty answer text", short(question))
		}
		if ans.Mode != knowledge.ModeLookup {
			t.Errorf("Answer(%q): mode %q, want %q", short(question), ans.Mode, knowledge.ModeLookup)
		}
		if ans.Found && len(ans.Citations) == 0 {
			t.Errorf("Answer(%q): found an answer with no citation: %q", short(question), short(ans.Text))
		}
		for _, c := range ans.Citations {
			checkCitation(t, a, fmt.Sprintf("answer to %q", short(question)), c)
		}
	})
}
