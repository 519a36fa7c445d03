import java.io.File;
import java.io.StringWriter;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import net.sf.saxon.s9api.Processor;
import net.sf.saxon.s9api.QName;
import net.sf.saxon.s9api.Serializer;
import net.sf.saxon.s9api.XdmNode;
import net.sf.saxon.s9api.XdmValue;
import net.sf.saxon.s9api.XPathCompiler;
import net.sf.saxon.s9api.XdmItem;
import net.sf.saxon.s9api.XsltExecutable;
import net.sf.saxon.s9api.XsltTransformer;
import net.sf.saxon.s9api.XdmDestination;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXParseException;

/**
 * Validates UBL 2.1 invoices and credit notes as Peppol BIS Billing 3.0 documents:
 *   1. against the OASIS UBL 2.1 schema (the JDK's own XSD validator), and
 *   2. against each Schematron file given (compiled to XSLT by SchXslt, run by Saxon-HE, which
 *      brings the XPath 2.0 the rules need).
 * Usage: PeppolValidator <ubl xsd maindoc dir> <cache dir> <sch>[,<sch>...] <xml file>...
 * (without files it only compiles the Schematron into the cache).
 * Prints one JSON object per document on its own line: xsd errors, fatal and warning assertions.
 */
public class PeppolValidator {
  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: PeppolValidator <xsd maindoc dir> <cache dir> <sch,sch> <xml>...");
      System.exit(2);
    }
    File maindoc = new File(args[0]);
    Path cache = Path.of(args[1]);
    Files.createDirectories(cache);
    String[] schFiles = args[2].split(",");
    Processor saxon = new Processor(false);
    SchemaFactory schemaFactory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    Schema invoiceXsd = schemaFactory.newSchema(new File(maindoc, "UBL-Invoice-2.1.xsd"));
    Schema creditNoteXsd = schemaFactory.newSchema(new File(maindoc, "UBL-CreditNote-2.1.xsd"));
    List<XsltExecutable> rules = new ArrayList<>();
    List<String> ruleNames = new ArrayList<>();
    for (String sch : schFiles) {
      rules.add(compiled(saxon, Path.of(sch), cache));
      ruleNames.add(Path.of(sch).getFileName().toString());
    }
    XPathCompiler xpath = saxon.newXPathCompiler();
    xpath.declareNamespace("svrl", "http://purl.oclc.org/dsdl/svrl");
    for (int i = 3; i < args.length; i++) {
      File doc = new File(args[i]);
      StringBuilder out = new StringBuilder();
      out.append("{\"file\":").append(json(doc.getPath()));
      List<String> xsdErrors = new ArrayList<>();
      String root = rootName(doc);
      out.append(",\"root\":").append(json(root));
      Schema schema = "CreditNote".equals(root) ? creditNoteXsd : invoiceXsd;
      Validator validator = schema.newValidator();
      validator.setErrorHandler(new ErrorHandler() {
        public void warning(SAXParseException e) {}
        public void error(SAXParseException e) { xsdErrors.add("line " + e.getLineNumber() + ": " + e.getMessage()); }
        public void fatalError(SAXParseException e) { xsdErrors.add("line " + e.getLineNumber() + ": " + e.getMessage()); }
      });
      try {
        validator.validate(new StreamSource(doc));
      } catch (SAXParseException e) {
        // already reported through the error handler
      }
      out.append(",\"xsdErrors\":").append(jsonArray(xsdErrors));
      List<String> fatal = new ArrayList<>();
      List<String> warnings = new ArrayList<>();
      XdmNode source = saxon.newDocumentBuilder().build(doc);
      for (int r = 0; r < rules.size(); r++) {
        XsltTransformer t = rules.get(r).load();
        t.setInitialContextNode(source);
        XdmDestination svrl = new XdmDestination();
        t.setDestination(svrl);
        t.transform();
        XdmValue failures = xpath.evaluate("//(svrl:failed-assert|svrl:successful-report)", svrl.getXdmNode());
        for (XdmItem item : failures) {
          XdmNode n = (XdmNode) item;
          String flag = n.getAttributeValue(new QName("flag"));
          String id = n.getAttributeValue(new QName("id"));
          String text = xpath.evaluateSingle("normalize-space(svrl:text)", n).getStringValue();
          String line = ruleNames.get(r) + " " + (id == null ? "" : id) + " at " + n.getAttributeValue(new QName("location")) + ": " + text;
          if ("fatal".equals(flag)) fatal.add(line); else warnings.add(line);
        }
      }
      out.append(",\"fatal\":").append(jsonArray(fatal));
      out.append(",\"warnings\":").append(jsonArray(warnings));
      out.append("}");
      System.out.println(out);
    }
  }

  /** The Schematron compiled to XSLT once, kept in the cache under the hash of its text. */
  static XsltExecutable compiled(Processor saxon, Path sch, Path cache) throws Exception {
    byte[] bytes = Files.readAllBytes(sch);
    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
    Path xsl = cache.resolve(sch.getFileName().toString() + "." + hash + ".xsl");
    if (!Files.exists(xsl)) {
      URL pipeline = PeppolValidator.class.getResource("/xslt/2.0/pipeline-for-svrl.xsl");
      if (pipeline == null) throw new IllegalStateException("SchXslt is not on the class path");
      XsltExecutable compiler = saxon.newXsltCompiler().compile(new StreamSource(pipeline.openStream(), pipeline.toString()));
      XsltTransformer t = compiler.load();
      t.setSource(new StreamSource(sch.toFile()));
      Path tmp = cache.resolve(xsl.getFileName() + ".tmp");
      Serializer s = saxon.newSerializer(tmp.toFile());
      t.setDestination(s);
      t.transform();
      Files.move(tmp, xsl, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
    return saxon.newXsltCompiler().compile(new StreamSource(xsl.toFile()));
  }

  static String rootName(File doc) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try {
      return f.newDocumentBuilder().parse(doc).getDocumentElement().getLocalName();
    } catch (Exception e) {
      return "unreadable";
    }
  }

  static String jsonArray(List<String> items) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) b.append(',');
      b.append(json(items.get(i)));
    }
    return b.append(']').toString();
  }

  static String json(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') b.append('\\').append(c);
      else if (c < 0x20) b.append(String.format("\\u%04x", (int) c));
      else b.append(c);
    }
    return b.append('"').toString();
  }
}
