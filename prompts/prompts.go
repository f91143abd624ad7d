// Package prompts holds the model prompts as embedded text/template files and
// renders them from typed inputs. It imports nothing from the rest of
// storybot: the knowledge package converts its own types into Input.
//
// The article is fenced off between the Open and Close lines and the system
// prompt tells the model that the fenced text is material, never
// instructions. Rendering removes anything in the material that could forge
// a fence or a paragraph label.
package prompts

import (
	"embed"
	"fmt"
	"strconv"
	"strings"
	"text/template"
)

// NotFound is the exact reply the prompts ask for when the article does not
// answer the question.
const NotFound = "The article doesn't say."

// The fence lines around the article.
const (
	Open  = "<<<ARTICLE"
	Close = "ARTICLE>>>"
)

//go:embed system.tmpl answer.tmpl
var files embed.FS

//go:embed answer_schema.json
var answerSchema []byte

// AnswerSchemaName names AnswerSchema in a response_format request.
const AnswerSchemaName = "cited_answer"

// AnswerSchema returns the JSON schema of a structured answer: not_found,
// and claims each with its text, the paragraph numbers it cites and the
// exact words of a cited paragraph that support it. The caller may keep
// the slice; each call returns a fresh copy.
func AnswerSchema() []byte { return append([]byte(nil), answerSchema...) }

var tmpl = template.Must(template.New("").Funcs(template.FuncMap{
	"join":   strings.Join,
	"labels": labels,
}).ParseFS(files, "*.tmpl"))

// Paragraph is one article paragraph, labelled [P<N>] with its real number
// in the article, the same number citations use.
type Paragraph struct {
	N    int
	Text string
}

// Turn is an earlier question and answer in the reader's thread.
type Turn struct {
	Question string
	Answer   string
}

// Entity is a person, organisation or place that bears on the question.
type Entity struct {
	Name       string
	Kind       string
	Role       string
	Aliases    []string
	Paragraphs []int
}

// Quote is a verbatim quotation that bears on the question.
type Quote struct {
	Speaker    string
	Text       string
	Paragraphs []int
}

// Input is everything the answer prompt shows the model.
type Input struct {
	Question   string
	History    []Turn      // oldest first
	Title      string      // the article's title; may be empty
	Paragraphs []Paragraph // the relevant paragraphs, in article order
	Entities   []Entity
	Quotes     []Quote
	// Suspect lists paragraphs holding text that reads like instructions to
	// an AI; the prompt warns the model not to follow it.
	Suspect []int
}

// view is what the templates see: the input, cleaned, and the constants.
type view struct {
	Input
	Open, Close, NotFound string
}

// System renders the system prompt. It fails only if the embedded template
// is broken, which the package's tests rule out.
func System() (string, error) {
	return render("system.tmpl", view{Open: Open, Close: Close, NotFound: NotFound})
}

// Answer renders the user prompt for in: the fenced article material and the
// question. It fails only if the embedded template is broken.
func Answer(in Input) (string, error) {
	c := Input{
		Question: clean(in.Question),
		Title:    clean(in.Title),
		Suspect:  in.Suspect,
	}
	for _, t := range in.History {
		c.History = append(c.History, Turn{Question: clean(t.Question), Answer: clean(t.Answer)})
	}
	for _, p := range in.Paragraphs {
		c.Paragraphs = append(c.Paragraphs, Paragraph{N: p.N, Text: clean(p.Text)})
	}
	for _, e := range in.Entities {
		e.Name, e.Role, e.Kind = clean(e.Name), clean(e.Role), clean(e.Kind)
		al := make([]string, len(e.Aliases))
		for i, a := range e.Aliases {
			al[i] = clean(a)
		}
		e.Aliases = al
		c.Entities = append(c.Entities, e)
	}
	for _, q := range in.Quotes {
		q.Speaker, q.Text = clean(q.Speaker), clean(q.Text)
		c.Quotes = append(c.Quotes, q)
	}
	return render("answer.tmpl", view{Input: c, Open: Open, Close: Close, NotFound: NotFound})
}

func render(name string, v view) (string, error) {
	var b strings.Builder
	if err := tmpl.ExecuteTemplate(&b, name, v); err != nil {
		return "", fmt.Errorf("render %s: %w", name, err)
	}
	return b.String(), nil
}

// fenceMarks are replaced so that material cannot close the fence early.
var fenceMarks = strings.NewReplacer("<<<", "‹‹‹", ">>>", "›››")

// clean puts s on one line (so it cannot start a line that looks like a
// paragraph label or a fence) and neutralises fence marks.
func clean(s string) string {
	return fenceMarks.Replace(strings.Join(strings.Fields(s), " "))
}

// labels renders paragraph numbers as "[P1] [P4]".
func labels(ns []int) string {
	parts := make([]string, len(ns))
	for i, n := range ns {
		parts[i] = "[P" + strconv.Itoa(n) + "]"
	}
	return strings.Join(parts, " ")
}
