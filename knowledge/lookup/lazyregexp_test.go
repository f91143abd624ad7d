package lookup

import (
	"go/ast"
	"go/parser"
	gotoken "go/token"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"
)

// Every pattern the package declares with lazyRE compiles, as
// regexp.MustCompile at start-up used to guarantee: a bad pattern fails
// here, not on the question that first reaches it.
func TestLazyPatternsCompile(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	fset := gotoken.NewFileSet()
	n := 0
	for _, f := range files {
		file, err := parser.ParseFile(fset, f, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		ast.Inspect(file, func(node ast.Node) bool {
			call, ok := node.(*ast.CallExpr)
			if !ok || len(call.Args) != 1 {
				return true
			}
			if id, ok := call.Fun.(*ast.Ident); !ok || id.Name != "lazyRE" {
				return true
			}
			lit, ok := call.Args[0].(*ast.BasicLit)
			if !ok {
				return true // built from parts (a quoted acronym): compiled by the tests that use it
			}
			pat, err := strconv.Unquote(lit.Value)
			if err != nil {
				t.Fatalf("%s: %v", fset.Position(lit.Pos()), err)
			}
			if _, err := regexp.Compile(pat); err != nil {
				t.Errorf("%s: %v", fset.Position(lit.Pos()), err)
			}
			n++
			return true
		})
	}
	if n < 200 {
		t.Errorf("found only %d lazy patterns; the source walk is broken", n)
	}
}

// A lazy pattern compiles once and answers as the compiled one does, and
// its String is its source without compiling it.
func TestLazyRegexpMatchesCompiled(t *testing.T) {
	l := lazyRE(`\b(\d+) (cats|dogs)\b`)
	if l.String() != `\b(\d+) (cats|dogs)\b` || l.re != nil {
		t.Fatalf("String compiled or changed the pattern: %q", l.String())
	}
	if got := l.FindStringSubmatch("we saw 3 dogs"); len(got) != 3 || got[1] != "3" || got[2] != "dogs" {
		t.Fatalf("FindStringSubmatch = %q", got)
	}
	first := l.re
	if !l.MatchString("12 cats") || l.re != first {
		t.Fatal("the pattern was compiled twice or did not match")
	}
	if l.MatchString("no animals") {
		t.Fatal("matched a text without the pattern")
	}
}
