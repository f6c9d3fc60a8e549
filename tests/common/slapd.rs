//! A throwaway OpenLDAP server (`slapd`) on loopback for login tests, with an mdb database in
//! a temporary folder, filled over LDAP with `ldapadd` as the directory's administrator.

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

pub const SUFFIX: &str = "dc=kreis,dc=example";
pub const ADMIN_DN: &str = "cn=admin,dc=kreis,dc=example";
const ADMIN_PW: &str = "directory-admin-secret";

pub struct Slapd {
    pub dir: tempfile::TempDir,
    pub url: String,
    child: Option<Child>,
    conf: PathBuf,
}

fn tool(cmd: &mut Command) -> std::process::Output {
    cmd.output().unwrap_or_else(|e| {
        panic!("cannot run {cmd:?}: {e} (scripts/setup.sh installs slapd and ldap-utils)")
    })
}

impl Slapd {
    /// Starts slapd and adds the base entry and `ldif` (entries below [`SUFFIX`]).
    pub fn start(ldif: &str) -> Slapd {
        let dir = tempfile::Builder::new().prefix("ldap").tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir_all(d.join("db")).unwrap();
        let conf = d.join("slapd.conf");
        std::fs::write(
            &conf,
            format!(
                "include /etc/ldap/schema/core.schema\n\
                 include /etc/ldap/schema/cosine.schema\n\
                 include /etc/ldap/schema/inetorgperson.schema\n\
                 include /etc/ldap/schema/nis.schema\n\
                 modulepath /usr/lib/ldap\n\
                 moduleload back_mdb\n\
                 pidfile {d}/slapd.pid\n\
                 database mdb\n\
                 suffix \"{SUFFIX}\"\n\
                 rootdn \"{ADMIN_DN}\"\n\
                 rootpw {ADMIN_PW}\n\
                 directory {d}/db\n\
                 maxsize 10485760\n\
                 access to attrs=userPassword by anonymous auth by self write by * none\n\
                 access to * by users read by * none\n",
                d = d.display()
            ),
        )
        .unwrap();
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let url = format!("ldap://127.0.0.1:{port}");
        let mut slapd = Slapd {
            dir,
            url,
            child: None,
            conf,
        };
        slapd.run();
        let base = format!(
            "dn: {SUFFIX}\nobjectClass: dcObject\nobjectClass: organization\no: Kreis\ndc: kreis\n\n"
        );
        slapd.apply("ldapadd", &(base + ldif));
        slapd
    }

    fn run(&mut self) {
        let child = Command::new("/usr/sbin/slapd")
            .arg("-f")
            .arg(&self.conf)
            .args(["-h", &format!("{}/", self.url), "-d", "0"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| panic!("cannot start slapd: {e} (scripts/setup.sh installs it)"));
        self.child = Some(child);
        let started = Instant::now();
        loop {
            let out = tool(Command::new("ldapsearch").args([
                "-x", "-H", &self.url, "-D", ADMIN_DN, "-w", ADMIN_PW, "-s", "base", "-b", "",
            ]));
            if out.status.success() {
                return;
            }
            assert!(
                started.elapsed() < Duration::from_secs(20),
                "slapd did not answer: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// Runs `ldapadd` or `ldapmodify` with `ldif` as the administrator.
    pub fn apply(&self, tool_name: &str, ldif: &str) {
        let file = self.dir.path().join("change.ldif");
        std::fs::write(&file, ldif).unwrap();
        let out = tool(
            Command::new(tool_name)
                .args(["-x", "-H", &self.url, "-D", ADMIN_DN, "-w", ADMIN_PW, "-f"])
                .arg(&file),
        );
        assert!(
            out.status.success(),
            "{tool_name}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }

    pub fn stop(&mut self) {
        if let Some(mut c) = self.child.take() {
            let _ = c.kill();
            let _ = c.wait();
        }
    }
}

impl Drop for Slapd {
    fn drop(&mut self) {
        self.stop();
    }
}
