package knowledge

import (
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestNoTransportImports keeps the domain free of transports: the model
// client lives in package llm behind Completer (STYLE.md, issue 10).
func TestNoTransportImports(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		af, err := parser.ParseFile(gotoken.NewFileSet(), f, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, im := range af.Imports {
			p, _ := strconv.Unquote(im.Path.Value)
			if p == "net/http" || p == "net" || p == "os" || strings.Contains(p, "go-openai") || strings.Contains(p, "slack-go") {
				t.Errorf("%s imports %s", f, p)
			}
		}
	}
}
