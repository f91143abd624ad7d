package lookup

import (
	"context"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"storybot/knowledge"
	"storybot/wordnet"
)

// updateFloor rewrites testdata/floor.json from the current scores:
//
//	go test ./knowledge/lookup -run TestFloor -update-floor
var updateFloor = flag.Bool("update-floor", false, "rewrite testdata/floor.json from the current scores")

// testdata is the knowledge package's test data, which the floor scores.
const testdata = "../testdata"

// floorFile holds the committed floor of scores.
const floorFile = "../testdata/floor.json"

// floor is the committed minimum of every score: questions passed per set
// (a corpus article, or a question file about the default article) and
// quotations with the right speaker per article.
type floor struct {
	Answers map[string]int `json:"answers"`
	Quotes  map[string]int `json:"quotes"`
}

// TestFloor scores every set in testdata with the lookup answerer and fails
// when a score falls below the committed floor. A score above the floor is
// logged; -update-floor writes the current scores as the new floor.
func TestFloor(t *testing.T) {
	if _, err := wordnet.Open(wordnet.DefaultDir); err != nil && os.Getenv("CI") == "" {
		// The floor is measured with WordNet's synonyms; .ci/run installs it.
		t.Skipf("WordNet is not installed (apt-get install wordnet-base): %v", err)
	}
	if testing.Short() && !*updateFloor {
		// One question at a time over every set: under -race (.ci/run runs
		// -race -short) it takes most of CI's time and can find no race.
		// TestAnswerSetsConcurrent is the race detector's test.
		t.Skip("the floor runs without -short")
	}
	got := currentScores(t)
	if *updateFloor {
		data, err := json.MarshalIndent(got, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(floorFile, append(data, '\n'), 0o644); err != nil {
			t.Fatal(err)
		}
		t.Logf("wrote %s", floorFile)
		return
	}
	data, err := os.ReadFile(floorFile)
	if err != nil {
		t.Fatalf("%v: run go test ./knowledge/lookup -run TestFloor -update-floor to write it", err)
	}
	var want floor
	if err := json.Unmarshal(data, &want); err != nil {
		t.Fatalf("%s: %v", floorFile, err)
	}
	compareFloor(t, "questions passed", got.Answers, want.Answers)
	compareFloor(t, "quotations with the right speaker", got.Quotes, want.Quotes)
}

// compareFloor fails for every set scoring below its floor, and for every
// set in the floor that no longer exists; it logs rises and new sets.
func compareFloor(t *testing.T, what string, got, want map[string]int) {
	t.Helper()
	for _, k := range sortedKeys(want) {
		g, ok := got[k]
		switch {
		case !ok:
			t.Errorf("%s: %s is in %s but no longer in testdata (rewrite the floor with -update-floor if it was removed on purpose)", k, what, floorFile)
		case g < want[k]:
			t.Errorf("%s: %d %s, below the floor of %d in %s", k, g, what, want[k], floorFile)
		case g > want[k]:
			t.Logf("%s: %d %s, above the floor of %d: raise it with -update-floor", k, g, what, want[k])
		}
	}
	for _, k := range sortedKeys(got) {
		if _, ok := want[k]; !ok {
			t.Logf("%s: %d %s, not yet in %s: add it with -update-floor", k, got[k], what, floorFile)
		}
	}
}

// sortedKeys returns m's keys in order.
func sortedKeys(m map[string]int) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// currentScores scores every set in testdata: each corpus-style folder
// (testdata and its subfolders: NAME.txt beside NAME_qa.jsonl or
// NAME_quotes.jsonl), and each question file at the top of testdata that
// has no article beside it, which asks about the default article.
func currentScores(t *testing.T) floor {
	t.Helper()
	got := floor{Answers: map[string]int{}, Quotes: map[string]int{}}
	err := filepath.WalkDir(testdata, func(dir string, de os.DirEntry, err error) error {
		if err != nil || !de.IsDir() || strings.HasPrefix(de.Name(), "fuzz") {
			return err
		}
		return scoreCorpusFolder(t, dir, got)
	})
	if err != nil {
		t.Fatal(err)
	}
	scoreQuestionFiles(t, got)
	return got
}

// scoreCorpusFolder adds the scores of the corpus articles in dir to got,
// keyed by their path under testdata; a folder without any adds nothing.
func scoreCorpusFolder(t *testing.T, dir string, got floor) error {
	arts, err := knowledge.ReadCorpus(os.DirFS(dir))
	if err != nil {
		return nil // not a corpus folder
	}
	rel, _ := filepath.Rel(testdata, dir)
	lex := testLexicon(t)
	answerer := func(a *knowledge.Article) (knowledge.Answerer, error) { return New(a, lex), nil }
	for _, ca := range arts {
		s, err := knowledge.ScoreCorpusArticle(context.Background(), ca, knowledge.Options{}, answerer)
		if err != nil {
			return err
		}
		key := filepath.ToSlash(filepath.Join(rel, ca.Name))
		if len(ca.Cases) > 0 {
			got.Answers[key] = s.Passed
		}
		if len(ca.Quotes) > 0 {
			got.Quotes[key] = s.QuotesRight
		}
		for _, q := range s.Quotes {
			if !q.Right && testing.Verbose() {
				t.Logf("%s: %q: speaker %q, want %q", key, q.Gold.Text, q.Got, q.Gold.Speaker)
			}
		}
	}
	return nil
}

// scoreQuestionFiles adds to got the number of questions passed in each
// question file at the top of testdata with no article beside it, asked of
// the default article.
func scoreQuestionFiles(t *testing.T, got floor) {
	def := New(mustDefault(t), testLexicon(t))
	files, _ := filepath.Glob(filepath.Join(testdata, "*_qa.jsonl"))
	for _, f := range files {
		if _, err := os.Stat(strings.TrimSuffix(f, "_qa.jsonl") + ".txt"); err == nil {
			continue // a corpus article's questions
		}
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		cases, err := knowledge.ReadEvalCases(strings.NewReader(string(data)))
		if err != nil {
			t.Fatalf("%s: %v", f, err)
		}
		passed := 0
		for _, r := range knowledge.Evaluate(context.Background(), def, knowledge.DefaultText(), cases) {
			if r.Passed {
				passed++
			}
		}
		got.Answers[strings.TrimSuffix(filepath.Base(f), ".jsonl")] = passed
	}
}
