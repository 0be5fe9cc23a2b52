package org.annocorpus.io;

import java.io.IOException;
import java.io.InputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.apache.uima.cas.CAS;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads XMI given by users (system output, XMI gold) with an XML parser that refuses a document type
 * declaration: XMI never needs one, and its entities are how an 843-byte file expands to gigabytes
 * ("billion laughs") or reads local files (external entities).
 */
public final class SafeXmi {

    private SafeXmi() {
    }

    public static void deserialize(InputStream in, CAS cas, boolean lenient) throws IOException, SAXException {
        XMLReader reader = reader();
        reader.setContentHandler(new XmiCasDeserializer(cas.getTypeSystem()).getXmiCasHandler(cas, lenient));
        reader.parse(new InputSource(in));
    }

    private static XMLReader reader() throws SAXException {
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setXIncludeAware(false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            return factory.newSAXParser().getXMLReader();
        } catch (ParserConfigurationException e) {
            throw new SAXException("no safe XML parser available: " + e.getMessage(), e);
        }
    }
}
