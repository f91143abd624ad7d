package lookup
import ("os";"testing";"fmt";"path/filepath")
func TestDumpEnts(t *testing.T){ fs,_:=filepath.Glob(os.Getenv("ARTS")); for _,f:=range fs { b,_:=os.ReadFile(f); e:=engineOf(t,string(b)); for _,x:=range e.a.Entities{ fmt.Println(filepath.Base(f), "|", x.Name, "|", x.Kind)} } }
