package lookup

import (
	"os"
	"testing"

	"storybot/knowledge"
	"storybot/wordnet"
)

// TestDebugQuestion prints how one question is understood and ranked:
// LOOKUP_ARTICLE=file LOOKUP_Q="question" go test ./knowledge/lookup -run TestDebugQuestion -v
func TestDebugQuestion(t *testing.T) {
	qt := os.Getenv("LOOKUP_Q")
	if qt == "" {
		t.Skip("set LOOKUP_Q (and LOOKUP_ARTICLE) to trace a question")
	}
	a, err := knowledge.Default(knowledge.Options{})
	if f := os.Getenv("LOOKUP_ARTICLE"); f != "" {
		b, _ := os.ReadFile(f)
		a, err = knowledge.Parse(string(b), knowledge.Options{})
	}
	if err != nil {
		t.Fatal(err)
	}
	e := New(a, testLexicon(t))
	for i, en := range a.Entities {
		var rs []string
		for _, r := range e.rolesOf(i) {
			rs = append(rs, r.text)
		}
		t.Logf("entity %d %s %s role=%q title=%q forms=%v g=%c roles=%q", i, en.Name, en.Kind, en.Role, en.Title, e.r.ents[i].forms, e.r.ents[i].gender, rs)
	}
	q := e.understand(qt, nil)
	t.Logf("type=%d focus=%v subjects=%v options=%v compare=%q", q.typ, q.focus, q.subjects, q.options, q.compare)
	for _, x := range q.terms {
		t.Logf("term %+v", x)
	}
	for i, c := range e.rank(q, nil) {
		if i > 5 {
			break
		}
		s := e.r.sents[c.s]
		t.Logf("cand score=%.2f cov=%.2f subj=%d holds=%v named=%v refs=%v nums=%+v: %s", c.score, c.coverage, c.subjects, e.holds(q, c), s.named, s.refs, s.nums, s.text)
	}
	t.Logf("answer: %+v", e.answerParts(qt, nil))
}

// testLexicon is WordNet when it is installed, else nil.
func testLexicon(t testing.TB) Lexicon {
	w, err := wordnet.Open(wordnet.DefaultDir)
	if err != nil {
		t.Logf("answering without WordNet: %v", err)
		return nil
	}
	return w
}
