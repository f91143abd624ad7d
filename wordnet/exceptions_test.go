package wordnet

import (
	"bufio"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExceptionListRules checks the lists' rules on a short text: the
// first line giving a form holds, unless a line lists the form as its own
// base; a line of one word is no exception.
func TestExceptionListRules(t *testing.T) {
	x := readExceptionLists("offer off\nmen man\nlone\noffer offer\nbetter good well\nbetter well\n")
	for _, c := range []struct {
		form, base string
		ok         bool
	}{
		{"offer", "offer", true},
		{"men", "man", true},
		{"better", "good", true},
		{"lone", "", false},
		{"off", "", false},
	} {
		if base, ok := x.base(c.form); base != c.base || ok != c.ok {
			t.Errorf("base(%q) = %q, %v; want %q, %v", c.form, base, ok, c.base, c.ok)
		}
	}
}

// TestExceptionsAsAMap checks every form of the installed lists against
// the lists read line by line into a map, the rules applied in order.
func TestExceptionsAsAMap(t *testing.T) {
	w := open(t)
	want := map[string]string{}
	for _, p := range parts {
		f, err := os.Open(filepath.Join(DefaultDir, p+".exc"))
		if err != nil {
			t.Fatal(err)
		}
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			fs := strings.Fields(sc.Text())
			if len(fs) >= 2 {
				if _, ok := want[fs[0]]; !ok || fs[1] == fs[0] {
					want[fs[0]] = fs[1]
				}
			}
		}
		f.Close()
	}
	if len(want) < 5000 || len(w.exc.forms) != len(want) {
		t.Fatalf("%d forms, want %d", len(w.exc.forms), len(want))
	}
	for form, base := range want {
		if got, ok := w.exc.base(form); !ok || got != base {
			t.Errorf("base(%q) = %q, %v; want %q", form, got, ok, base)
		}
	}
}
