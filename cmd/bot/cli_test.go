package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"storybot/knowledge"
)

// runCmd runs the program with args and the given environment, returning
// stdout, stderr and run's error.
func runCmd(t *testing.T, env map[string]string, args ...string) (string, string, error) {
	t.Helper()
	dotenv := filepath.Join(t.TempDir(), "absent.env")
	if f, ok := env["DOTENV"]; ok {
		dotenv = f
	}
	getenv := func(k string) string {
		if k == "DOTENV" {
			return dotenv
		}
		return env[k]
	}
	var stdout, stderr bytes.Buffer
	err := run(context.Background(), args, getenv, strings.NewReader(""), &stdout, &stderr)
	return stdout.String(), stderr.String(), err
}

const council = "../../knowledge/testdata/council.txt"

func TestAskJSON(t *testing.T) {
	out, _, err := runCmd(t, nil, "ask", "--json", "Who is Sergey Kislyak?")
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, out)
	}
	for _, k := range []string{"question", "answer", "found", "mode", "citations"} {
		if _, ok := got[k]; !ok {
			t.Errorf("JSON lacks %q: %s", k, out)
		}
	}
	var ans knowledge.Answer
	if err := json.Unmarshal([]byte(out), &ans); err != nil {
		t.Fatal(err)
	}
	if ans.Question != "Who is Sergey Kislyak?" || !ans.Found || ans.Mode != "lookup" || !strings.Contains(ans.Text, "ambassador") {
		t.Errorf("answer %+v", ans)
	}
	if len(ans.Citations) == 0 || ans.Citations[0].ID != "P4" || ans.Citations[0].Paragraph != 4 || ans.Citations[0].Text == "" { // ¶4 names him
		t.Errorf("citations %+v", ans.Citations)
	}
}

func TestAskPlain(t *testing.T) {
	out, _, err := runCmd(t, nil, "ask", "when", "did", "Obama", "announce", "sanctions?")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if !strings.HasPrefix(lines[0], "On Dec. 29.") {
		t.Errorf("first line %q, want the answer first", lines[0])
	}
	if !strings.Contains(out, "Flynn and Kislyak spoke") || !strings.Contains(out, "(¶8)") {
		t.Errorf("output %q, want the passage with its paragraph", out)
	}
	if n := strings.Count(out, "Flynn and Kislyak spoke"); n != 1 {
		t.Errorf("the passage is printed %d times, want once:\n%s", n, out)
	}
}

func TestGlobalFlags(t *testing.T) {
	tests := []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"article before command", nil, []string{"--article", council, "ask", "--json", "Who is David Kim?"}, "Council President"},
		{"json before command", nil, []string{"--json", "--published=2017-03-02", "timeline"}, `"date": "2016-12-29"`},
		{"article after command", nil, []string{"ask", "Who is David Kim?", "--article=" + council}, "Council President"},
		{"env article", map[string]string{"ARTICLE_FILE": council}, []string{"ask", "who is tom reyes"}, "Ortega's spokesman"},
		{"flag beats env", map[string]string{"ARTICLE_FILE": "/nonexistent"}, []string{"ask", "--article", council, "who is tom reyes"}, "Ortega's spokesman"},
		{"published", nil, []string{"ask", "--published", "2017-03-02", "when did flynn resign"}, "2017-02"},
		{"env published", map[string]string{"ARTICLE_PUBLISHED": "2017-03-02"}, []string{"timeline"}, "[2016-12-29]"},
	}
	for _, tt := range tests {
		out, _, err := runCmd(t, tt.env, tt.args...)
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		if !strings.Contains(out, tt.want) {
			t.Errorf("%s: output lacks %q:\n%s", tt.name, tt.want, out)
		}
	}
}

func TestQuotesCommand(t *testing.T) {
	out, _, err := runCmd(t, nil, "quotes", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Quotes []knowledge.Quote `json:"quotes"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	var speakers []string
	for _, q := range got.Quotes {
		speakers = append(speakers, q.Speaker)
		if len(q.Citations) == 0 || !strings.Contains(q.Citations[0].Text, q.Text) {
			t.Errorf("quote %q: citation %+v", q.Text, q.Citations)
		}
	}
	if want := "Jeff Sessions,Sarah Isgur Flores,Jeff Sessions,Sarah Isgur Flores"; strings.Join(speakers, ",") != want {
		t.Errorf("speakers %v", speakers)
	}
	out, _, err = runCmd(t, nil, "quotes", "Flores")
	if err != nil {
		t.Fatal(err)
	}
	if n := strings.Count(out, "Sarah Isgur Flores (¶"); n != 2 {
		t.Errorf("quotes Flores gave %d quotations:\n%s", n, out)
	}
	out, _, _ = runCmd(t, nil, "quotes", "--json", "kisylak")
	if err := json.Unmarshal([]byte(out), &got); err != nil || len(got.Quotes) != 0 {
		t.Errorf("quotes kisylak: %v %s", err, out)
	}
}

func TestTimelineCommand(t *testing.T) {
	out, _, err := runCmd(t, nil, "timeline", "--json")
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Events []knowledge.Event `json:"events"`
	}
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	var whens []string
	for _, e := range got.Events {
		if len(e.Citations) == 0 {
			t.Errorf("event %q uncited", e.Text)
		}
		if !e.Undated {
			whens = append(whens, e.When)
		}
	}
	if want := "last year|In December|Dec. 29|last month|in recent days"; strings.Join(whens, "|") != want {
		t.Errorf("timeline %q, want %q", whens, want)
	}
	if !strings.Contains(out, `"date": ""`) || strings.Contains(out, `"date": "2`) {
		t.Errorf("dates invented without --published:\n%s", out)
	}
}

func TestEvalCommand(t *testing.T) {
	out, _, err := runCmd(t, nil, "eval", "../../knowledge/testdata/dev_qa.jsonl")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.HasSuffix(out, "28 passed, 0 failed\n") {
		t.Errorf("eval output:\n%s", out)
	}
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	lines := `{"q":"Who is Jeff Sessions?","kind":"fact","all":[["astronaut"]]}` + "\n\n" +
		`{"q":"How tall is Michael Flynn?","kind":"refuse"}` + "\n" +
		`{"q":"Who is Michael Flynn?","kind":"refuse"}` + "\n"
	if err := os.WriteFile(bad, []byte(lines), 0o600); err != nil {
		t.Fatal(err)
	}
	out, _, err = runCmd(t, nil, "eval", bad)
	if err == nil || exitCode(err) != 1 {
		t.Errorf("failing eval: err %v", err)
	}
	if !strings.Contains(out, `FAIL [fact] "Who is Jeff Sessions?": answer lacks`) ||
		!strings.Contains(out, `FAIL [refuse] "Who is Michael Flynn?": should say the article does not cover this`) ||
		!strings.HasSuffix(out, "1 passed, 2 failed\n") {
		t.Errorf("failing eval output:\n%s", out)
	}
	out, _, _ = runCmd(t, nil, "eval", "--json", bad)
	var rep struct{ Passed, Failed int }
	if err := json.Unmarshal([]byte(out), &rep); err != nil || rep.Passed != 1 || rep.Failed != 2 {
		t.Errorf("eval --json: %v %s", err, out)
	}
}

func TestEvalDirCommand(t *testing.T) {
	out, _, err := runCmd(t, nil, "eval", "../../knowledge/testdata/quotes")
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	if !strings.Contains(out, "plant: 0 passed, 0 failed\nquotes: 11/11 right speaker\n") ||
		!strings.HasPrefix(out[strings.LastIndex(strings.TrimSuffix(out, "\n"), "\n")+1:], "total: 0 passed, 0 failed; quotes: ") {
		t.Errorf("eval DIR output:\n%s", out)
	}
	dir := t.TempDir()
	files := map[string]string{
		"art-a.txt": "Mayor quits\n\nMayor Ann Cole resigned Monday. \"I am done,\" Cole said.\n",
		"art-a_qa.jsonl": `{"q":"who resigned?","kind":"fact","all":[["Cole"]]}` + "\n" +
			`{"q":"who is Ann Cole?","kind":"refuse"}` + "\n",
		"art-a_quotes.jsonl": `{"speaker":"Bob Ruiz","text":"I am done"}` + "\n",
		"notes.txt":          "not an article: no question or quotation file beside it\n",
	}
	for name, text := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o600); err != nil {
			t.Fatal(err)
		}
	}
	out, _, err = runCmd(t, nil, "eval", dir)
	if err == nil || exitCode(err) != 1 {
		t.Errorf("failing eval DIR: err %v", err)
	}
	for _, want := range []string{`FAIL [refuse] "who is Ann Cole?"`, `QUOTE "I am done": Ann Cole, want Bob Ruiz`,
		"art-a: 1 passed, 1 failed\nquotes: 0/1 right speaker\n", "total: 1 passed, 1 failed; quotes: 0/1 right speaker\n"} {
		if !strings.Contains(out, want) {
			t.Errorf("eval DIR output lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, "notes") {
		t.Errorf("eval DIR scored a file that is not an article:\n%s", out)
	}
	out, _, _ = runCmd(t, nil, "eval", "--json", dir)
	var rep struct {
		Articles []struct {
			Name           string
			Passed, Failed int
		}
		Passed, Failed int
		QuotesRight    int `json:"quotes_right"`
		QuotesTotal    int `json:"quotes_total"`
	}
	if err := json.Unmarshal([]byte(out), &rep); err != nil || len(rep.Articles) != 1 || rep.Articles[0].Name != "art-a" ||
		rep.Passed != 1 || rep.Failed != 1 || rep.QuotesRight != 0 || rep.QuotesTotal != 1 {
		t.Errorf("eval --json DIR: %v %s", err, out)
	}
	_, _, err = runCmd(t, nil, "eval", t.TempDir())
	if err == nil || !strings.Contains(err.Error(), "no article") {
		t.Errorf("eval of an empty folder: %v", err)
	}
}

func TestCLIErrors(t *testing.T) {
	dir := t.TempDir()
	binary := filepath.Join(dir, "photo.jpg")
	os.WriteFile(binary, []byte("\xff\xd8\xff\xe0\x00\x10JFIF\x00"), 0o600)
	empty := filepath.Join(dir, "empty.txt")
	os.WriteFile(empty, []byte("\n\n"), 0o600)
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"missing article", []string{"ask", "--article", "/no/such/story.txt", "hi"}, 1, "/no/such/story.txt"},
		{"directory article", []string{"--article", dir, "timeline"}, 1, "is a directory"},
		{"binary article", []string{"quotes", "--article", binary}, 1, "not plain text"},
		{"empty article", []string{"quotes", "--article", empty}, 1, "has no paragraphs"},
		{"bad date", []string{"ask", "--published", "March 2", "hi"}, 2, "not a date"},
		{"flag without value", []string{"ask", "hi", "--article"}, 2, "needs a value"},
		{"unknown option", []string{"ask", "--verbose", "hi"}, 2, "unknown option"},
		{"no question", []string{"ask", "--json"}, 2, "needs a question"},
		{"empty question", []string{"ask", "<@U123> ?!"}, 1, "question is empty"},
		{"long question", []string{"ask", strings.Repeat("why ", knowledge.MaxQuestionBytes)}, 1, "too long"},
		{"eval without file", []string{"eval"}, 2, "needs one question file"},
		{"eval missing file", []string{"eval", "/no/such.jsonl"}, 1, "/no/such.jsonl"},
		{"timeline args", []string{"timeline", "extra"}, 2, "no arguments"},
	}
	for _, tt := range tests {
		_, _, err := runCmd(t, nil, tt.args...)
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if got := exitCode(err); got != tt.code {
			t.Errorf("%s: exit %d, want %d (%v)", tt.name, got, tt.code, err)
		}
		if !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: error %q lacks %q", tt.name, err, tt.want)
		}
		var ue usageError
		if !errors.As(err, &ue) && strings.Contains(err.Error(), "\n") {
			t.Errorf("%s: a plain error should be one sentence: %q", tt.name, err)
		}
	}
	// Junk questions never panic.
	for _, q := range []string{"\x00\xff", "\"", "<@", "¶¶¶", strings.Repeat("é", 300)} {
		runCmd(t, nil, "ask", "--json", q)
	}
}

func TestLoadArticle(t *testing.T) {
	a, err := loadArticle(config{})
	if err != nil || len(a.Paragraphs) != 9 {
		t.Fatalf("default article: %v", err)
	}
	a, err = loadArticle(config{ArticleFile: council, ArticlePublished: "2024-05-10"})
	if err != nil || a.Published.IsZero() || a.Title != "Mayor seeks road money" {
		t.Fatalf("council article: %+v %v", a, err)
	}
	if _, err := loadArticle(config{ArticlePublished: "yesterday"}); err == nil || !strings.Contains(err.Error(), "yesterday") {
		t.Errorf("bad ARTICLE_PUBLISHED: %v", err)
	}
}
